using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using RestrictedCSharp.Rules;

namespace RestrictedCSharp.Rewriting;

/// <summary>
/// Finds bot code that could interfere with the guards: identifiers with the rewriter's reserved
/// prefix (which the stripper would treat as guard bookkeeping), any use or declaration of the guard
/// runtime's namespace (a bot must not call, or pretend to be, the guards), and any declaration that
/// would capture a name inserted or compiler-generated code reaches from <c>global::</c> (a namespace
/// under a reserved root, a top-level type or alias named like one), as <see cref="ReservedNames"/> decides.
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
                case BaseNamespaceDeclarationSyntax ns when model.GetDeclaredSymbol(ns) is INamespaceSymbol declared:
                    var fullName = declared.ToDisplayString();
                    switch (ReservedNames.Classify(declared))
                    {
                        case ReservedNameUse.GuardNamespace:
                            yield return Diagnostic.Create(RewriteDiagnostics.GuardNamespace, ns.Name.GetLocation(), fullName);
                            break;
                        case ReservedNameUse.ReservedNamespace:
                            yield return Diagnostic.Create(RewriteDiagnostics.ReservedNamespace, ns.Name.GetLocation(), fullName, ReservedNames.RootOf(fullName));
                            break;
                    }

                    break;
                case BaseTypeDeclarationSyntax or DelegateDeclarationSyntax
                    when model.GetDeclaredSymbol(node) is INamedTypeSymbol type && ReservedNames.Classify(type) == ReservedNameUse.ShadowingType:
                    var identifier = node is BaseTypeDeclarationSyntax named ? named.Identifier : ((DelegateDeclarationSyntax)node).Identifier;
                    yield return Diagnostic.Create(RewriteDiagnostics.ShadowingName, identifier.GetLocation(), type.ToDisplayString(), type.Name);
                    break;
                case UsingDirectiveSyntax { Alias.Name.Identifier: var alias } when ReservedNames.IsRoot(alias.ValueText):
                    yield return Diagnostic.Create(RewriteDiagnostics.ShadowingName, alias.GetLocation(), alias.ValueText, alias.ValueText);
                    break;
                case ExternAliasDirectiveSyntax { Identifier: var alias } when ReservedNames.IsRoot(alias.ValueText):
                    yield return Diagnostic.Create(RewriteDiagnostics.ShadowingName, alias.GetLocation(), alias.ValueText, alias.ValueText);
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

    private static bool IsGuardNamespace(INamespaceSymbol? ns) =>
        ns is { IsGlobalNamespace: false } && ReservedNames.IsGuardNamespace(ns.ToDisplayString());
}
