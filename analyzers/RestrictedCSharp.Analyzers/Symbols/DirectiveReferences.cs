using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace RestrictedCSharp.Analyzers
{
    /// <summary>
    /// <c>using static T;</c> and <c>using A = T;</c> name a type, which is judged whole (type arguments
    /// included). Namespace directives, and aliases of namespaces, grant nothing by themselves: what is
    /// used through them is checked where it is used. (The SDK's implicit global usings import
    /// <c>System.IO</c>, and must stay silent.)
    /// </summary>
    internal static class DirectiveReferences
    {
        public static void Register(CompilationStartAnalysisContext context, SymbolChecker checker) =>
            context.RegisterSyntaxNodeAction(c => UsingDirective(c, checker), SyntaxKind.UsingDirective);

        private static void UsingDirective(SyntaxNodeAnalysisContext context, SymbolChecker checker)
        {
            var directive = (UsingDirectiveSyntax)context.Node;
            if (directive.StaticKeyword.IsKind(SyntaxKind.None) && directive.Alias is null)
            {
                return;
            }

            var target = directive.NamespaceOrType;
            var type = context.SemanticModel.GetSymbolInfo(target, context.CancellationToken).Symbol as ITypeSymbol
                ?? context.SemanticModel.GetTypeInfo(target, context.CancellationToken).Type;
            if (type is not null && type.TypeKind != TypeKind.Error)
            {
                checker.Check(type, target, context.SemanticModel, context.ReportDiagnostic);
            }
        }
    }
}
