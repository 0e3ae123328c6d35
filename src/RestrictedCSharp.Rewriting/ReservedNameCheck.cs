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
                    var symbol = ReferencedSymbol(name, model);
                    if (symbol is not null && IsGuardNamespace(symbol as INamespaceSymbol ?? symbol.ContainingNamespace))
                    {
                        yield return Diagnostic.Create(RewriteDiagnostics.GuardNamespace, name.GetLocation(), symbol.ToDisplayString());
                    }

                    break;
            }
        }
    }

    /// <summary>
    /// The symbol a name refers to. A callee's is read from its call, which names the same method:
    /// asking about the callee itself rebinds its method group (extension lookup, lambda inference),
    /// which cost more than the rest of the rewrite. A delegate's <c>Invoke</c> is not what the name
    /// refers to (that is the field, property or local holding the delegate), so those ask the name.
    /// </summary>
    private static ISymbol? ReferencedSymbol(SimpleNameSyntax name, SemanticModel model)
    {
        if (CallOf(name) is { } call
            && model.GetSymbolInfo(call).Symbol is IMethodSymbol { MethodKind: not MethodKind.DelegateInvoke } method)
        {
            return method;
        }

        return model.GetSymbolInfo(name).Symbol;
    }

    /// <summary>The call whose callee <paramref name="name"/> is: <c>F()</c>, <c>x.F()</c>, <c>x?.F()</c>.</summary>
    private static InvocationExpressionSyntax? CallOf(SimpleNameSyntax name)
    {
        ExpressionSyntax callee = name.Parent switch
        {
            MemberAccessExpressionSyntax access when access.Name == name => access,
            MemberBindingExpressionSyntax binding when binding.Name == name => binding,
            _ => name,
        };
        return callee.Parent is InvocationExpressionSyntax call && call.Expression == callee ? call : null;
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
