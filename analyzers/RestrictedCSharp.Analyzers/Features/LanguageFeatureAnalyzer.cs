using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using RestrictedCSharp.Rules;
using RuleSet = RestrictedCSharp.Rules.RuleSet;

namespace RestrictedCSharp.Analyzers
{
    /// <summary>
    /// Refuses language features (RCX0101–RCX0114) and runtime-changing attributes (RCX0201–RCX0207),
    /// each with its own diagnostic, unless the rules switch the feature on.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class LanguageFeatureAnalyzer : RulesAnalyzer
    {
        /// <summary>Rules from the project's <c>restricted.rules</c> additional file, else the <c>bots</c> preset.</summary>
        public LanguageFeatureAnalyzer()
            : this(null)
        {
        }

        internal LanguageFeatureAnalyzer(RuleSet? rules)
            : base(rules)
        {
        }

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = RestrictedDiagnostics.Features;

        private protected override void Register(CompilationStartAnalysisContext start, RuleSet rules)
        {
            start.RegisterSyntaxTreeAction(c => Keywords(c, rules));
            start.RegisterSyntaxNodeAction(c => Attribute(c, rules), SyntaxKind.Attribute);
            if (!rules.IsEnabled(LanguageFeature.Dynamic))
            {
                start.RegisterSyntaxNodeAction(Dynamic, SyntaxKind.IdentifierName);
            }
        }

        private static void Keywords(SyntaxTreeAnalysisContext context, RuleSet rules)
        {
            var root = context.Tree.GetRoot(context.CancellationToken);
            foreach (var token in root.DescendantTokens())
            {
                if (FeatureKeywords.Classify(token) is { } found && !rules.IsEnabled(found.Feature))
                {
                    context.ReportDiagnostic(Diagnostic.Create(RestrictedDiagnostics.For(found.Feature), found.Location));
                }
            }
        }

        private static void Attribute(SyntaxNodeAnalysisContext context, RuleSet rules)
        {
            // A runtime attribute reports its own feature; any other assembly- or module-level attribute
            // reports RCX0207.
            var attribute = (AttributeSyntax)context.Node;
            var feature = FeatureAttributes.FeatureOf(attribute, context.SemanticModel)
                ?? (FeatureAttributes.IsAssemblyOrModuleLevel(attribute) ? LanguageFeature.AssemblyAttributes : (LanguageFeature?)null);
            if (feature is { } found && !rules.IsEnabled(found))
            {
                context.ReportDiagnostic(Diagnostic.Create(RestrictedDiagnostics.For(found), attribute.Name.GetLocation()));
            }
        }

        private static void Dynamic(SyntaxNodeAnalysisContext context)
        {
            var name = (IdentifierNameSyntax)context.Node;
            if (name.Identifier.ValueText == "dynamic"
                && context.SemanticModel.GetSymbolInfo(name, context.CancellationToken).Symbol is IDynamicTypeSymbol)
            {
                context.ReportDiagnostic(Diagnostic.Create(RestrictedDiagnostics.Dynamic, name.GetLocation()));
            }
        }
    }
}
