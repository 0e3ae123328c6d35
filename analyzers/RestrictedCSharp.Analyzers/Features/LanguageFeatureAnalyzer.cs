using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using RestrictedCSharp.Rules;
using RuleSet = RestrictedCSharp.Rules.RuleSet;

namespace RestrictedCSharp.Analyzers
{
    /// <summary>
    /// Refuses language features (RCX0101–RCX0115) and runtime-changing attributes (RCX0201–RCX0207),
    /// each with its own diagnostic, unless the rules switch the feature on. With the feature on, a
    /// stackalloc must still be of a small constant size (<see cref="StackAllocations"/>); a [MethodImpl]
    /// that only hints the JIT is accepted either way (<see cref="MethodImplHints"/>).
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
            var policy = new SymbolPolicy(rules, start.Compilation.Assembly);
            start.RegisterSyntaxNodeAction(c => Attribute(c, rules, policy), SyntaxKind.Attribute);
            if (!rules.IsEnabled(LanguageFeature.Dynamic))
            {
                start.RegisterSyntaxNodeAction(Dynamic, SyntaxKind.IdentifierName);
            }

            if (rules.IsEnabled(LanguageFeature.Stackalloc))
            {
                var estimator = new StackFrameEstimator();
                start.RegisterSyntaxNodeAction(
                    c => StackAlloc(c, estimator), SyntaxKind.StackAllocArrayCreationExpression, SyntaxKind.ImplicitStackAllocArrayCreationExpression);
            }

            if (!rules.IsEnabled(LanguageFeature.TypeComparison))
            {
                start.RegisterOperationAction(TypeComparison, OperationKind.Binary, OperationKind.Invocation);
            }
        }

        private static void Keywords(SyntaxTreeAnalysisContext context, RuleSet rules)
        {
            var root = context.Tree.GetRoot(context.CancellationToken);
            foreach (var token in root.DescendantTokens())
            {
                if (FeatureKeywords.Classify(token) is not { } found || rules.IsEnabled(found.Feature))
                {
                    continue;
                }

                context.ReportDiagnostic(found.Feature == LanguageFeature.Stackalloc
                    ? Diagnostic.Create(RestrictedDiagnostics.Stackalloc, found.Location, "the rules in force refuse it; " + StackAllocations.UseAnArray + " (a rules file can switch on constant-size stackalloc with 'feature stackalloc on')")
                    : Diagnostic.Create(RestrictedDiagnostics.For(found.Feature), found.Location));
            }
        }

        private static void StackAlloc(SyntaxNodeAnalysisContext context, StackFrameEstimator estimator)
        {
            var expression = (ExpressionSyntax)context.Node;
            if (StackAllocations.Refusal(expression, context.SemanticModel, estimator) is { } reason)
            {
                var keyword = expression is StackAllocArrayCreationExpressionSyntax explicitSize
                    ? explicitSize.StackAllocKeyword
                    : ((ImplicitStackAllocArrayCreationExpressionSyntax)expression).StackAllocKeyword;
                context.ReportDiagnostic(Diagnostic.Create(RestrictedDiagnostics.Stackalloc, keyword.GetLocation(), reason));
            }
        }

        private static void TypeComparison(OperationAnalysisContext context)
        {
            if (TypeComparisons.IsComparison(context.Operation))
            {
                context.ReportDiagnostic(Diagnostic.Create(RestrictedDiagnostics.TypeComparison, context.Operation.Syntax.GetLocation()));
            }
        }

        private static void Attribute(SyntaxNodeAnalysisContext context, RuleSet rules, SymbolPolicy policy)
        {
            // A runtime attribute reports its own feature; an assembly- or module-level attribute whose type the
            // rules refuse reports RCX0207, naming it and the rule's reason.
            var attribute = (AttributeSyntax)context.Node;
            var model = context.SemanticModel;
            if (FeatureAttributes.FeatureOf(attribute, model) is { } feature)
            {
                if (!rules.IsEnabled(feature) && !(feature == LanguageFeature.MethodImpl && MethodImplHints.IsHintOnly(attribute, model)))
                {
                    context.ReportDiagnostic(Diagnostic.Create(RestrictedDiagnostics.For(feature), attribute.Name.GetLocation()));
                }

                return;
            }

            if (FeatureAttributes.IsAssemblyOrModuleLevel(attribute)
                && FeatureAttributes.AttributeType(attribute, model) is { } type
                && policy.Evaluate(type) is { IsAllowed: false } verdict)
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    RestrictedDiagnostics.AssemblyAttributes,
                    attribute.Name.GetLocation(),
                    type.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat),
                    verdict.Explain()));
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
