using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using RestrictedCSharp.Rules;
using RuleSet = RestrictedCSharp.Rules.RuleSet;

namespace RestrictedCSharp.Analyzers
{
    /// <summary>
    /// Keeps bot code out of the names the toolchain, the compiler and the runtime own, so that no name
    /// inserted or generated code uses can bind to the bot's own declarations: no namespace at or under the
    /// guard runtime's (RCX0301) or under any other reserved root such as <c>System</c> (RCX0303), no top-level
    /// type or alias named like a reserved root (RCX0304), and no identifier, declared or referenced, with the
    /// rewriter's prefix (RCX0302). Names are judged as the compiler binds them (declared symbols, value text).
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class ReservedNameAnalyzer : RulesAnalyzer
    {
        /// <summary>Rules from the project's <c>restricted.rules</c> additional file, else the <c>bots</c> preset.</summary>
        public ReservedNameAnalyzer()
            : this(null)
        {
        }

        internal ReservedNameAnalyzer(RuleSet? rules)
            : base(rules)
        {
        }

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
            RestrictedDiagnostics.GuardNamespace,
            RestrictedDiagnostics.ReservedIdentifier,
            RestrictedDiagnostics.ReservedNamespace,
            RestrictedDiagnostics.ShadowingName);

        // Reserved names do not depend on the rules, but nothing is analyzed while they are broken.
        private protected override void Register(CompilationStartAnalysisContext start, RuleSet rules)
        {
            start.RegisterSyntaxNodeAction(Namespace, SyntaxKind.NamespaceDeclaration, SyntaxKind.FileScopedNamespaceDeclaration);
            start.RegisterSyntaxNodeAction(
                Type,
                SyntaxKind.ClassDeclaration, SyntaxKind.StructDeclaration, SyntaxKind.InterfaceDeclaration,
                SyntaxKind.RecordDeclaration, SyntaxKind.RecordStructDeclaration, SyntaxKind.EnumDeclaration,
                SyntaxKind.DelegateDeclaration);
            start.RegisterSyntaxNodeAction(Alias, SyntaxKind.UsingDirective, SyntaxKind.ExternAliasDirective);
            start.RegisterSyntaxTreeAction(Identifiers);
        }

        private static void Namespace(SyntaxNodeAnalysisContext context)
        {
            var declaration = (BaseNamespaceDeclarationSyntax)context.Node;
            if (context.SemanticModel.GetDeclaredSymbol(declaration, context.CancellationToken) is not INamespaceSymbol ns)
            {
                return;
            }

            var fullName = ns.ToDisplayString();
            switch (ReservedNames.Classify(ns))
            {
                case ReservedNameUse.GuardNamespace:
                    context.ReportDiagnostic(Diagnostic.Create(RestrictedDiagnostics.GuardNamespace, declaration.Name.GetLocation(), fullName));
                    break;
                case ReservedNameUse.ReservedNamespace:
                    context.ReportDiagnostic(Diagnostic.Create(
                        RestrictedDiagnostics.ReservedNamespace, declaration.Name.GetLocation(), fullName, ReservedNames.RootOf(fullName)));
                    break;
            }
        }

        private static void Type(SyntaxNodeAnalysisContext context)
        {
            var declaration = (MemberDeclarationSyntax)context.Node;
            if (context.SemanticModel.GetDeclaredSymbol(declaration, context.CancellationToken) is INamedTypeSymbol type
                && ReservedNames.Classify(type) == ReservedNameUse.ShadowingType)
            {
                var identifier = declaration switch
                {
                    BaseTypeDeclarationSyntax named => named.Identifier,
                    DelegateDeclarationSyntax named => named.Identifier,
                    _ => default,
                };
                context.ReportDiagnostic(Diagnostic.Create(RestrictedDiagnostics.ShadowingName, identifier.GetLocation(), type.ToDisplayString(), type.Name));
            }
        }

        // An alias cannot capture 'global::X', but refusing the name costs honest code nothing and leaves no doubt.
        private static void Alias(SyntaxNodeAnalysisContext context)
        {
            var identifier = context.Node switch
            {
                UsingDirectiveSyntax { Alias: { } alias } => alias.Name.Identifier,
                ExternAliasDirectiveSyntax externAlias => externAlias.Identifier,
                _ => default,
            };
            if (identifier.RawKind != 0 && ReservedNames.IsRoot(identifier.ValueText))
            {
                context.ReportDiagnostic(Diagnostic.Create(RestrictedDiagnostics.ShadowingName, identifier.GetLocation(), identifier.ValueText, identifier.ValueText));
            }
        }

        private static void Identifiers(SyntaxTreeAnalysisContext context)
        {
            // ValueText, so '@__rcx' and '\u005F_rcx' are caught too.
            foreach (var token in context.Tree.GetRoot(context.CancellationToken).DescendantTokens())
            {
                if (token.IsKind(SyntaxKind.IdentifierToken)
                    && token.ValueText.StartsWith(ReservedNames.IdentifierPrefix, StringComparison.Ordinal))
                {
                    context.ReportDiagnostic(Diagnostic.Create(RestrictedDiagnostics.ReservedIdentifier, token.GetLocation(), token.ValueText));
                }
            }
        }
    }
}
