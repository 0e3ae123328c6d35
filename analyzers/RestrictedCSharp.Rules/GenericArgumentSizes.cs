using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace RestrictedCSharp.Rules
{
    /// <summary>
    /// Finds a struct larger than <see cref="StackFrameEstimator.MaximumTypeArgumentBytes"/> supplied as a type argument
    /// of the bot's own generic methods and types, through a method, member or type the code reaches (nested type
    /// arguments included: <c>List&lt;Wrap&lt;Big&gt;&gt;</c>). The frame estimate counts every value of a type
    /// parameter at that size, so it holds for every instantiation only if no larger struct is supplied. The analyzer
    /// (RCX0505) and the rewriter both ask here.
    /// </summary>
    public static class GenericArgumentSizes
    {
        // Nesting is bounded by the source; the cap only guards against a malformed compilation.
        private const int MaximumNesting = 64;

        /// <summary>The first too-large type argument reached from <paramref name="symbol"/>, or null.</summary>
        public static TooLargeTypeArgument? Find(ISymbol symbol, IAssemblySymbol ownAssembly)
        {
            var sizes = new StackFrameEstimator();
            if (symbol is IMethodSymbol { IsGenericMethod: true } method
                && Judge(method.OriginalDefinition, method.TypeArguments, ownAssembly, sizes) is { } onMethod)
            {
                return onMethod;
            }

            var type = symbol as ITypeSymbol ?? symbol.ContainingType;
            return type is null ? null : FindInType(type, ownAssembly, sizes, 0);
        }

        private static TooLargeTypeArgument? FindInType(ITypeSymbol type, IAssemblySymbol own, StackFrameEstimator sizes, int depth)
        {
            if (depth > MaximumNesting)
            {
                return null;
            }

            switch (type)
            {
                case IArrayTypeSymbol array:
                    return FindInType(array.ElementType, own, sizes, depth + 1);
                case INamedTypeSymbol named:
                    if (named.ContainingType is { } outer && FindInType(outer, own, sizes, depth + 1) is { } inOuter)
                    {
                        return inOuter;
                    }

                    if (!named.IsGenericType)
                    {
                        return null;
                    }

                    if (Judge(named.OriginalDefinition, named.TypeArguments, own, sizes) is { } here)
                    {
                        return here;
                    }

                    foreach (var argument in named.TypeArguments)
                    {
                        if (FindInType(argument, own, sizes, depth + 1) is { } nested)
                        {
                            return nested;
                        }
                    }

                    return null;
                default:
                    return null;
            }
        }

        private static TooLargeTypeArgument? Judge(ISymbol generic, ImmutableArray<ITypeSymbol> arguments, IAssemblySymbol own, StackFrameEstimator sizes)
        {
            if (!SymbolEqualityComparer.Default.Equals(generic.ContainingAssembly, own))
            {
                return null; // the library's generic code: its frames are bounded by the struct size limit (RCX0503)
            }

            foreach (var argument in arguments)
            {
                // A type parameter passed on counts at the bound already; only substituted structs are judged.
                if (argument.IsValueType && argument.TypeKind != TypeKind.TypeParameter)
                {
                    long bytes = sizes.SizeOf(argument);
                    if (bytes > StackFrameEstimator.MaximumTypeArgumentBytes)
                    {
                        return new TooLargeTypeArgument(argument, bytes, generic);
                    }
                }
            }

            return null;
        }
    }

    /// <summary>A struct supplied to a type parameter of the bot's own <see cref="Generic"/>, estimated at <see cref="Bytes"/>.</summary>
    public sealed class TooLargeTypeArgument
    {
        public TooLargeTypeArgument(ITypeSymbol argument, long bytes, ISymbol generic)
        {
            Argument = argument;
            Bytes = bytes;
            Generic = generic;
        }

        public ITypeSymbol Argument { get; }

        public long Bytes { get; }

        public ISymbol Generic { get; }
    }
}
