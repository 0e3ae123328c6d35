using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace RestrictedCSharp.Analyzers
{
    /// <summary>
    /// Types written in code: locals, parameters, fields, return types, base types and interfaces,
    /// type arguments, casts, <c>is</c> and patterns, <c>default(T)</c>, array creation, catch types,
    /// constraints, <c>typeof</c> operands. Each name is judged as the type it names.
    /// <para>
    /// Skipped, because something else reports the same thing: <c>var</c> (its initializer is checked);
    /// a type qualifying a member or nested type (<c>Console</c> in <c>Console.WriteLine</c>: the member
    /// is checked, and rules cover what a type contains); the type of <c>new T(...)</c>, a primary
    /// constructor's base type and an attribute's name (their constructor is checked); names in
    /// <c>using</c> directives (see <see cref="DirectiveReferences"/>). A generic name is judged by its
    /// definition (<c>List&lt;T&gt;</c>): each type argument reports itself.
    /// </para>
    /// <para>
    /// Skipped, because in code that compiles they never name a type and the operation that uses them
    /// is checked: the callee of a call (<c>F</c> and <c>x.F</c> in <c>F()</c>, <c>x.F()</c>) and the
    /// member after <c>?.</c>. A type there is a compiler error, which rejects the submission. Asking
    /// the semantic model about a callee is the costly query: it binds the method group again.
    /// </para>
    /// </summary>
    internal static class TypeNameReferences
    {
        public static void Register(CompilationStartAnalysisContext context, SymbolChecker checker)
        {
            context.RegisterSyntaxNodeAction(c => SimpleName(c, checker), SyntaxKind.IdentifierName, SyntaxKind.GenericName);
            context.RegisterSyntaxNodeAction(c => PredefinedType(c, checker), SyntaxKind.PredefinedType);
        }

        private static void SimpleName(SyntaxNodeAnalysisContext context, SymbolChecker checker)
        {
            var name = (SimpleNameSyntax)context.Node;
            if (name is IdentifierNameSyntax { IsVar: true })
            {
                return;
            }

            // The syntactic skips first: they spare the semantic query on most names.
            var fullName = FullName(name);
            if (IsSkippedPosition(fullName) || name.FirstAncestorOrSelf<UsingDirectiveSyntax>() is not null)
            {
                return;
            }

            if (context.SemanticModel.GetSymbolInfo(name, context.CancellationToken).Symbol is not INamedTypeSymbol type
                || type.TypeKind == TypeKind.Error)
            {
                return;
            }

            checker.Check(
                type.OriginalDefinition,
                fullName,
                ReportLocations.ForTypeName(fullName, name),
                context.SemanticModel,
                context.ReportDiagnostic,
                shownAs: type);
        }

        private static void PredefinedType(SyntaxNodeAnalysisContext context, SymbolChecker checker)
        {
            var predefined = (PredefinedTypeSyntax)context.Node;
            if (IsSkippedPosition(predefined))
            {
                return;
            }

            var type = context.SemanticModel.GetTypeInfo(predefined, context.CancellationToken).Type;
            checker.Check(type, predefined, context.SemanticModel, context.ReportDiagnostic);
        }

        /// <summary>The whole (qualified) name a simple name ends: <c>System.IO.File</c> for <c>File</c>.</summary>
        private static SyntaxNode FullName(SimpleNameSyntax name) => name.Parent switch
        {
            QualifiedNameSyntax qualified when qualified.Right == name => qualified,
            AliasQualifiedNameSyntax aliased when aliased.Name == name => aliased,
            MemberAccessExpressionSyntax access when access.Name == name => access,
            _ => name,
        };

        private static bool IsSkippedPosition(SyntaxNode fullName) => fullName.Parent switch
        {
            QualifiedNameSyntax qualified => qualified.Left == fullName,
            MemberAccessExpressionSyntax access => access.Expression == fullName,
            ObjectCreationExpressionSyntax creation => creation.Type == fullName,
            PrimaryConstructorBaseTypeSyntax baseType => baseType.Type == fullName,
            AttributeSyntax attribute => attribute.Name == fullName,
            InvocationExpressionSyntax invocation => invocation.Expression == fullName,
            MemberBindingExpressionSyntax binding => binding.Name == fullName,
            _ => false,
        };
    }
}
