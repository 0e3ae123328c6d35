using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace RestrictedCSharp.Analyzers
{
    /// <summary>
    /// The library members the compiler may call when it lowers a construct, looked up once per compilation.
    /// Each property is the set of candidates for one construct; which one the compiler picks depends on the
    /// operands, so the analyzer judges them all.
    /// </summary>
    internal sealed class LoweredMembers
    {
        private readonly INamedTypeSymbol? _decimal;
        private readonly INamedTypeSymbol? _object;
        private readonly IMethodSymbol? _dispose;

        public LoweredMembers(Compilation compilation)
        {
            var stringType = compilation.GetSpecialType(SpecialType.System_String);
            _decimal = compilation.GetSpecialType(SpecialType.System_Decimal);
            _object = compilation.GetSpecialType(SpecialType.System_Object);
            List = compilation.GetTypeByMetadataName("System.Collections.Generic.List`1");
            _dispose = compilation.GetSpecialType(SpecialType.System_IDisposable).GetMembers("Dispose").OfType<IMethodSymbol>().FirstOrDefault();

            // Concat of 2–4 strings or spans of chars, or of a string array; never the object overloads.
            StringConcat = stringType.GetMembers("Concat").OfType<IMethodSymbol>()
                .Where(m => m.Parameters.All(p => p.Type.SpecialType == SpecialType.System_String
                    || p.Type is IArrayTypeSymbol { ElementType.SpecialType: SpecialType.System_String }
                    || p.Type is INamedTypeSymbol { Name: "ReadOnlySpan", TypeArguments.Length: 1 } span && span.TypeArguments[0].SpecialType == SpecialType.System_Char))
                .ToImmutableArray();

            var handler = compilation.GetTypeByMetadataName("System.Runtime.CompilerServices.DefaultInterpolatedStringHandler");
            InterpolationHandler = handler is null
                ? ImmutableArray<IMethodSymbol>.Empty
                : handler.GetMembers().OfType<IMethodSymbol>()
                    .Where(m => m.MethodKind == MethodKind.Constructor && m.Parameters.Length == 2
                        || m.Name is "AppendLiteral" or "AppendFormatted" or "ToStringAndClear")
                    .ToImmutableArray();

            DecimalConversions = _decimal.GetMembers().OfType<IMethodSymbol>()
                .Where(m => m.MethodKind == MethodKind.Conversion)
                .ToImmutableArray();
        }

        public INamedTypeSymbol? List { get; }

        /// <summary><c>Object.ToString()</c>: what a constrained call on a value type names.</summary>
        public IMethodSymbol? ObjectToString => _object?.GetMembers("ToString").OfType<IMethodSymbol>().FirstOrDefault(m => m.Parameters.Length == 0);

        public ImmutableArray<IMethodSymbol> StringConcat { get; }

        public ImmutableArray<IMethodSymbol> InterpolationHandler { get; }

        public ImmutableArray<IMethodSymbol> DecimalConversions { get; }

        public IEnumerable<IMethodSymbol> DecimalOperators(string? name) =>
            name is null || _decimal is null ? Enumerable.Empty<IMethodSymbol>() : _decimal.GetMembers(name).OfType<IMethodSymbol>();

        /// <summary>
        /// The <c>ToString()</c> a string concatenation calls on a non-string operand: the most derived override
        /// the operand's static type has (the audit sees that one for value types, <c>Object.ToString</c> otherwise).
        /// </summary>
        public IMethodSymbol? ToStringOf(ITypeSymbol? type)
        {
            if (type is null || type.SpecialType == SpecialType.System_String)
            {
                return null;
            }

            for (var current = type is ITypeParameterSymbol ? _object : type; current is not null; current = current.BaseType)
            {
                var found = current.GetMembers("ToString").OfType<IMethodSymbol>().FirstOrDefault(m => !m.IsStatic && m.Parameters.Length == 0);
                if (found is not null)
                {
                    return type.IsReferenceType ? found.OriginalDefinition.OverriddenMethod is null ? found : LeastOverridden(found) : found;
                }
            }

            return null;
        }

        /// <summary>
        /// What enumerating a spread operand may call: the foreach pattern (GetEnumerator, MoveNext, Current) and
        /// Dispose, the struct enumerator's own one included. Arrays and spans are indexed directly.
        /// </summary>
        public IEnumerable<ISymbol> EnumerationOf(ITypeSymbol? type)
        {
            if (type is null || type is IArrayTypeSymbol || type.SpecialType == SpecialType.System_String || type.IsRefLikeType)
            {
                yield break;
            }

            var getEnumerator = AllMembers(type, "GetEnumerator").OfType<IMethodSymbol>().FirstOrDefault(m => !m.IsStatic && m.Parameters.Length == 0);
            if (getEnumerator is null)
            {
                yield break;
            }

            yield return getEnumerator;
            var enumerator = getEnumerator.ReturnType;
            foreach (var member in AllMembers(enumerator, "MoveNext").Concat(AllMembers(enumerator, "Current")))
            {
                yield return member;
            }

            if (_dispose is not null && enumerator.AllInterfaces.Contains(_dispose.ContainingType, SymbolEqualityComparer.Default))
            {
                yield return _dispose;
                if (enumerator.IsValueType && enumerator.FindImplementationForInterfaceMember(_dispose) is { } implementation)
                {
                    yield return implementation;
                }
            }
        }

        private static IEnumerable<ISymbol> AllMembers(ITypeSymbol type, string name)
        {
            var types = type.TypeKind == TypeKind.Interface ? new[] { type }.Concat(type.AllInterfaces) : BaseTypes(type);
            foreach (var current in types)
            {
                foreach (var member in current.GetMembers(name))
                {
                    yield return member;
                }
            }
        }

        private static IEnumerable<ITypeSymbol> BaseTypes(ITypeSymbol type)
        {
            for (var current = type; current is not null; current = current.BaseType)
            {
                yield return current;
            }
        }

        /// <summary>What lowering a nullable value type may call: its constructor, HasValue, Value and GetValueOrDefault.</summary>
        public IEnumerable<IMethodSymbol> NullableMembers(ITypeSymbol? type)
        {
            if (type is not INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
            {
                return Enumerable.Empty<IMethodSymbol>();
            }

            return nullable.GetMembers().OfType<IMethodSymbol>().Where(m =>
                m.MethodKind == MethodKind.Constructor && m.Parameters.Length == 1
                || m.Name is "GetValueOrDefault" or "get_HasValue" or "get_Value");
        }

        // Reference-type receivers are called through the member that introduced the virtual slot.
        private static IMethodSymbol LeastOverridden(IMethodSymbol method)
        {
            while (method.OverriddenMethod is { } overridden)
            {
                method = overridden;
            }

            return method;
        }
    }

    /// <summary>Nullable value types, seen through to what they hold.</summary>
    internal static class Nullable
    {
        public static ITypeSymbol? Underlying(ITypeSymbol? type) =>
            type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T, TypeArguments.Length: 1 } nullable ? nullable.TypeArguments[0] : type;
    }
}
