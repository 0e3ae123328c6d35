using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using RestrictedCSharp.Rules;

namespace RestrictedCSharp.Analyzers
{
    /// <summary>
    /// Which <c>stackalloc</c> expressions <c>feature stackalloc on</c> accepts: <c>stackalloc T[N]</c> with a
    /// constant N, an element type whose size is known before the code runs, at most
    /// <see cref="StackFrameEstimator.MaximumStackAllocBytes"/> bytes, and no way to run twice in one call of
    /// its function (no loop around it, no <c>goto</c> in the function). Then it is part of the function's frame:
    /// the frame estimate counts it (RCX0501 and the rewriter's stack probes see it), and the IL audit can check
    /// the span it makes against the bytes allocated. Anything else could take stack no guard measures.
    /// </summary>
    internal static class StackAllocations
    {
        public const string UseAnArray = "use an array";

        /// <summary>Null when the expression is accepted; otherwise why not, with the way forward.</summary>
        public static string? Refusal(ExpressionSyntax expression, SemanticModel model, StackFrameEstimator estimator)
        {
            if (expression is not StackAllocArrayCreationExpressionSyntax { Initializer: null } creation
                || creation.Type is not ArrayTypeSyntax arrayType || arrayType.RankSpecifiers.Count != 1 || arrayType.RankSpecifiers[0].Sizes.Count != 1)
            {
                return "an initializer writes the elements through a pointer; create the span with a constant size and fill it, or " + UseAnArray;
            }

            var size = arrayType.RankSpecifiers[0].Sizes[0];
            if (model.GetConstantValue(size).Value is not int count || count < 0)
            {
                return "its size is not a constant, so its stack cannot be counted before the call; " + UseAnArray;
            }

            var element = model.GetTypeInfo(arrayType.ElementType).Type;
            if (element is null || ContainsTypeParameter(element))
            {
                return "the size of its element type is not known until the code runs; " + UseAnArray;
            }

            var bytes = (long)count * estimator.SizeOf(element);
            if (bytes > StackFrameEstimator.MaximumStackAllocBytes)
            {
                return string.Format(
                    CultureInfo.InvariantCulture,
                    "it takes about {0} bytes, over the {1} bytes one stackalloc may take; {2}",
                    bytes, StackFrameEstimator.MaximumStackAllocBytes, UseAnArray);
            }

            for (SyntaxNode? current = creation.Parent; current is not null; current = current.Parent)
            {
                switch (current)
                {
                    case ForStatementSyntax or ForEachStatementSyntax or ForEachVariableStatementSyntax or WhileStatementSyntax or DoStatementSyntax:
                        return "it is inside a loop, where every round would take more stack until the function returns; move it before the loop, or " + UseAnArray;
                    case AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax or BaseMethodDeclarationSyntax or AccessorDeclarationSyntax
                        or CompilationUnitSyntax:
                        return UsesGoto(current)
                            ? "its function uses 'goto', which could run it again and take more stack; " + UseAnArray
                            : null;
                }
            }

            return null;
        }

        // A goto anywhere in the function (but not in its nested functions, which have frames of their own).
        private static bool UsesGoto(SyntaxNode function)
        {
            foreach (var node in function.DescendantNodes(n => n == function || n is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax)))
            {
                if (node is GotoStatementSyntax)
                {
                    return true;
                }
            }

            return false;
        }

        private static bool ContainsTypeParameter(ITypeSymbol type)
        {
            switch (type)
            {
                case ITypeParameterSymbol:
                    return true;
                case INamedTypeSymbol named:
                    foreach (var argument in named.TypeArguments)
                    {
                        if (ContainsTypeParameter(argument))
                        {
                            return true;
                        }
                    }

                    return named.ContainingType is { } containing && ContainsTypeParameter(containing);
                default:
                    return false;
            }
        }
    }
}
