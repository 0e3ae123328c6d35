using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace RestrictedCSharp.Rewriting;

/// <summary>
/// Whether a local or parameter can change where the data-flow analysis of a loop does not look:
/// a lambda or local function that captures it can be called from the loop's condition, its body
/// or a method it calls, and a reference to it (<c>ref</c>/<c>out</c> argument, <c>ref</c> local,
/// <c>this ref</c> extension receiver) lets a call or an alias write it. A loop charged from its
/// counter or its array's length trusts neither to change but in plain sight.
/// </summary>
internal static class VariableEscapes
{
    /// <summary>Whether any use of <paramref name="variable"/> inside <paramref name="scope"/> captures it or takes a reference to it.</summary>
    public static bool Escape(ISymbol variable, SyntaxNode scope, SemanticModel model)
    {
        foreach (var name in scope.DescendantNodes().OfType<IdentifierNameSyntax>())
        {
            if (name.Identifier.ValueText != variable.Name
                || !SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(name).Symbol, variable))
            {
                continue;
            }

            if (!SymbolEqualityComparer.Default.Equals(model.GetEnclosingSymbol(name.SpanStart), variable.ContainingSymbol)
                || IsTakenByReference(name, model))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsTakenByReference(IdentifierNameSyntax name, SemanticModel model)
    {
        SyntaxNode node = name;
        while (node.Parent is ParenthesizedExpressionSyntax)
        {
            node = node.Parent;
        }

        if (node.Parent is RefExpressionSyntax)
        {
            return true;
        }

        // ref/out arguments, including the receiver of a `this ref` extension method.
        return model.GetOperation(name)?.Parent is IArgumentOperation { Parameter.RefKind: RefKind.Ref or RefKind.Out };
    }
}
