using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace RestrictedCSharp.Rewriting;

/// <summary>
/// Finds bot code that could interfere with the guards: identifiers with the rewriter's reserved
/// prefix (which the stripper would treat as guard bookkeeping), and any use or declaration of
/// the guard runtime's namespace (a bot must not call, or pretend to be, the guards).
/// </summary>
internal static class ReservedNameCheck
{
    public static IEnumerable<Diagnostic> Find(SyntaxTree tree, SemanticModel model)
    {
        var root = tree.GetRoot();
        foreach (var token in root.DescendantTokens(descendIntoTrivia: false))
        {
            if (token.IsKind(SyntaxKind.IdentifierToken)
                && token.ValueText.StartsWith(GuardNames.ReservedPrefix, StringComparison.Ordinal))
            {
                yield return Diagnostic.Create(RewriteDiagnostics.ReservedIdentifier, token.GetLocation(), token.ValueText);
            }
        }

        foreach (var node in root.DescendantNodes())
        {
            switch (node)
            {
                case BaseNamespaceDeclarationSyntax ns when IsGuardNamespace(model.GetDeclaredSymbol(ns)):
                    yield return Diagnostic.Create(RewriteDiagnostics.GuardNamespace, ns.Name.GetLocation(), ns.Name.ToString());
                    break;
                case SimpleNameSyntax name:
                    var symbol = model.GetSymbolInfo(name).Symbol;
                    if (symbol is not null && IsGuardNamespace(symbol as INamespaceSymbol ?? symbol.ContainingNamespace))
                    {
                        yield return Diagnostic.Create(RewriteDiagnostics.GuardNamespace, name.GetLocation(), symbol.ToDisplayString());
                    }

                    break;
            }
        }
    }

    private static bool IsGuardNamespace(ISymbol? symbol)
    {
        for (var ns = symbol as INamespaceSymbol; ns is { IsGlobalNamespace: false }; ns = ns.ContainingNamespace)
        {
            if (ns.ToDisplayString() == GuardNames.GuardNamespace)
            {
                return true;
            }
        }

        return false;
    }
}
