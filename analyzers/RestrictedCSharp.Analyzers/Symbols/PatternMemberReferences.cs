using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using RestrictedCSharp.Rules;

namespace RestrictedCSharp.Analyzers
{
    /// <summary>
    /// Members the compiler calls by pattern, which no call in the code names: <c>foreach</c>
    /// (GetEnumerator, MoveNext, Current, Dispose, element conversions), deconstruction (Deconstruct),
    /// <c>using</c> (Dispose) and <c>await</c> (GetAwaiter, IsCompleted, GetResult).
    /// The async forms are checked only when the rules switch <c>async</c> on; otherwise RCX0111 has
    /// already refused the construct.
    /// </summary>
    internal static class PatternMemberReferences
    {
        public static void Register(CompilationStartAnalysisContext context, SymbolChecker checker)
        {
            context.RegisterSyntaxNodeAction(c => ForEach(c, checker), SyntaxKind.ForEachStatement, SyntaxKind.ForEachVariableStatement);
            context.RegisterSyntaxNodeAction(c => DeconstructionAssignment(c, checker), SyntaxKind.SimpleAssignmentExpression);
            context.RegisterSyntaxNodeAction(c => UsingStatement(c, checker), SyntaxKind.UsingStatement);
            context.RegisterSyntaxNodeAction(c => UsingDeclaration(c, checker), SyntaxKind.LocalDeclarationStatement);
            if (checker.Rules.IsEnabled(LanguageFeature.Async))
            {
                context.RegisterSyntaxNodeAction(c => Await(c, checker), SyntaxKind.AwaitExpression);
            }
        }

        private static void ForEach(SyntaxNodeAnalysisContext context, SymbolChecker checker)
        {
            var loop = (CommonForEachStatementSyntax)context.Node;
            if (!AsyncFormIsChecked(loop.AwaitKeyword, checker))
            {
                return;
            }

            var model = context.SemanticModel;
            var info = model.GetForEachStatementInfo(loop);
            var site = loop.Expression;
            checker.Check(info.GetEnumeratorMethod, site, model, context.ReportDiagnostic);
            checker.Check(info.MoveNextMethod, site, model, context.ReportDiagnostic);
            checker.Check((ISymbol?)info.CurrentProperty?.GetMethod ?? info.CurrentProperty, site, model, context.ReportDiagnostic);
            checker.Check(info.DisposeMethod, site, model, context.ReportDiagnostic);
            checker.Check(Implementation(info.GetEnumeratorMethod?.ReturnType, info.DisposeMethod), site, model, context.ReportDiagnostic);
            checker.Check(info.CurrentConversion.MethodSymbol, site, model, context.ReportDiagnostic);
            checker.Check(info.ElementConversion.MethodSymbol, site, model, context.ReportDiagnostic);

            if (loop is ForEachVariableStatementSyntax withDeconstruction)
            {
                Deconstruction(model.GetDeconstructionInfo(withDeconstruction), withDeconstruction.Variable, model, context, checker);
            }
        }

        private static void DeconstructionAssignment(SyntaxNodeAnalysisContext context, SymbolChecker checker)
        {
            var assignment = (AssignmentExpressionSyntax)context.Node;
            if (assignment.Left is TupleExpressionSyntax or DeclarationExpressionSyntax)
            {
                Deconstruction(context.SemanticModel.GetDeconstructionInfo(assignment), assignment.Left, context.SemanticModel, context, checker);
            }
        }

        private static void Deconstruction(DeconstructionInfo info, SyntaxNode site, SemanticModel model, SyntaxNodeAnalysisContext context, SymbolChecker checker)
        {
            checker.Check(info.Method, site, model, context.ReportDiagnostic);
            checker.Check(info.Conversion?.MethodSymbol, site, model, context.ReportDiagnostic);
            foreach (var nested in info.Nested)
            {
                Deconstruction(nested, site, model, context, checker);
            }
        }

        private static void UsingStatement(SyntaxNodeAnalysisContext context, SymbolChecker checker)
        {
            var statement = (UsingStatementSyntax)context.Node;
            var resource = (SyntaxNode?)statement.Declaration?.Type ?? statement.Expression;
            if (resource is not null)
            {
                Dispose(resource, statement.UsingKeyword, statement.AwaitKeyword, context, checker);
            }
        }

        private static void UsingDeclaration(SyntaxNodeAnalysisContext context, SymbolChecker checker)
        {
            var declaration = (LocalDeclarationStatementSyntax)context.Node;
            if (!declaration.UsingKeyword.IsKind(SyntaxKind.None))
            {
                Dispose(declaration.Declaration.Type, declaration.UsingKeyword, declaration.AwaitKeyword, context, checker);
            }
        }

        private static void Dispose(SyntaxNode resource, SyntaxToken usingKeyword, SyntaxToken awaitKeyword, SyntaxNodeAnalysisContext context, SymbolChecker checker)
        {
            if (!AsyncFormIsChecked(awaitKeyword, checker)
                || context.SemanticModel.GetTypeInfo(resource, context.CancellationToken).Type is not { } type)
            {
                return;
            }

            var isAsync = !awaitKeyword.IsKind(SyntaxKind.None);
            var dispose = DisposeMethod(type, isAsync, checker);
            checker.Check(dispose, resource, usingKeyword.GetLocation(), context.SemanticModel, context.ReportDiagnostic);
            checker.Check(Implementation(type, dispose), resource, usingKeyword.GetLocation(), context.SemanticModel, context.ReportDiagnostic);
        }

        /// <summary>
        /// On a struct the compiler calls the interface method with a <c>constrained.</c> prefix, which runs the
        /// struct's own implementation: that one is judged too (<c>List&lt;T&gt;.Enumerator.Dispose</c>).
        /// </summary>
        private static ISymbol? Implementation(ITypeSymbol? type, IMethodSymbol? interfaceMethod) =>
            type is { IsValueType: true } && interfaceMethod?.ContainingType?.TypeKind == TypeKind.Interface
                ? type.FindImplementationForInterfaceMember(interfaceMethod)
                : null;

        /// <summary>The method a <c>using</c> calls: the interface's, or a ref struct's pattern method.</summary>
        private static IMethodSymbol? DisposeMethod(ITypeSymbol type, bool isAsync, SymbolChecker checker)
        {
            var name = isAsync ? "DisposeAsync" : "Dispose";
            if (type.IsRefLikeType)
            {
                return type.GetMembers(name).OfType<IMethodSymbol>().FirstOrDefault(
                    m => !m.IsStatic && m.DeclaredAccessibility == Accessibility.Public && m.Parameters.All(p => p.IsOptional || p.IsParams));
            }

            return isAsync ? checker.DisposeAsyncMethod : checker.DisposeMethod;
        }

        private static void Await(SyntaxNodeAnalysisContext context, SymbolChecker checker)
        {
            var await = (AwaitExpressionSyntax)context.Node;
            var info = context.SemanticModel.GetAwaitExpressionInfo(await);
            var location = await.AwaitKeyword.GetLocation();
            checker.Check(info.GetAwaiterMethod, await, location, context.SemanticModel, context.ReportDiagnostic);
            checker.Check(info.IsCompletedProperty, await, location, context.SemanticModel, context.ReportDiagnostic);
            checker.Check(info.GetResultMethod, await, location, context.SemanticModel, context.ReportDiagnostic);
        }

        private static bool AsyncFormIsChecked(SyntaxToken awaitKeyword, SymbolChecker checker) =>
            awaitKeyword.IsKind(SyntaxKind.None) || checker.Rules.IsEnabled(LanguageFeature.Async);
    }
}
