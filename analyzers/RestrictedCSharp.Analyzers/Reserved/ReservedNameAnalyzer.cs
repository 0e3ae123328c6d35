using System;
using System.Collections.Generic;
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
    /// Keeps bot code out of the names the toolchain owns: no namespace at or under the guard runtime's
    /// (RCX0301), and no identifier, declared or referenced, with the rewriter's prefix (RCX0302) — so a
    /// bot can neither shadow the guards nor reach the code inserted around it.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class ReservedNameAnalyzer : DiagnosticAnalyzer
    {
        private readonly RuleSet? _rules;

        /// <summary>Rules from the project's <c>restricted.rules</c> additional file, else the <c>bots</c> preset.</summary>
        public ReservedNameAnalyzer()
            : this(null)
        {
        }

        internal ReservedNameAnalyzer(RuleSet? rules) => _rules = rules;

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(RestrictedDiagnostics.GuardNamespace, RestrictedDiagnostics.ReservedIdentifier);

        // Reserved names do not depend on the rules, but nothing is analyzed while they are broken.
        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
            RulesResolver.RegisterWithRules(context, _rules, (start, _) =>
            {
                start.RegisterSyntaxNodeAction(Namespace, SyntaxKind.NamespaceDeclaration, SyntaxKind.FileScopedNamespaceDeclaration);
                start.RegisterSyntaxTreeAction(Identifiers);
            });
        }

        private static void Namespace(SyntaxNodeAnalysisContext context)
        {
            var declaration = (BaseNamespaceDeclarationSyntax)context.Node;
            var fullName = FullName(declaration);
            if (fullName == ReservedNames.GuardNamespace
                || fullName.StartsWith(ReservedNames.GuardNamespace + ".", StringComparison.Ordinal))
            {
                context.ReportDiagnostic(Diagnostic.Create(RestrictedDiagnostics.GuardNamespace, declaration.Name.GetLocation(), fullName));
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

        /// <summary>The namespace a declaration declares, including the namespaces it is nested in.</summary>
        private static string FullName(BaseNamespaceDeclarationSyntax declaration)
        {
            var parts = new List<string>();
            for (SyntaxNode? current = declaration; current is not null; current = current.Parent)
            {
                if (current is BaseNamespaceDeclarationSyntax ns)
                {
                    parts.Insert(0, NameText(ns.Name));
                }
            }

            return string.Join(".", parts);
        }

        private static string NameText(NameSyntax name) => name switch
        {
            QualifiedNameSyntax qualified => NameText(qualified.Left) + "." + NameText(qualified.Right),
            AliasQualifiedNameSyntax aliased => NameText(aliased.Name),
            SimpleNameSyntax simple => simple.Identifier.ValueText,
            _ => name.ToString(),
        };
    }
}
