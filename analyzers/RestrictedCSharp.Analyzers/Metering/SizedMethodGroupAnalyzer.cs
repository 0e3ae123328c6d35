using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using RestrictedCSharp.Rules;
using RuleSet = RestrictedCSharp.Rules.RuleSet;

namespace RestrictedCSharp.Analyzers
{
    /// <summary>
    /// Refuses a library member that allocates by an argument (one with a <c>size</c> rule) used as a
    /// method group (RCX0502): the rewriter charges the allocation budget at each call it can see,
    /// and a call through a delegate (<c>Func&lt;int, string&gt; pad = "".PadLeft; pad(80_000_000)</c>)
    /// is not one of them.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class SizedMethodGroupAnalyzer : RulesAnalyzer
    {
        /// <summary>Rules from the project's <c>restricted.rules</c> additional file, else the <c>bots</c> preset.</summary>
        public SizedMethodGroupAnalyzer()
            : this(null)
        {
        }

        internal SizedMethodGroupAnalyzer(RuleSet? rules)
            : base(rules)
        {
        }

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(RestrictedDiagnostics.SizedMethodGroup);

        private protected override void Register(CompilationStartAnalysisContext start, RuleSet rules)
        {
            var sized = new HashSet<string>(rules.SizeRules.Select(r => r.MemberId), StringComparer.Ordinal);
            if (sized.Count > 0)
            {
                start.RegisterOperationAction(c => MethodReference(c, sized), OperationKind.MethodReference);
            }
        }

        private static void MethodReference(OperationAnalysisContext context, HashSet<string> sized)
        {
            var reference = (IMethodReferenceOperation)context.Operation;
            var definition = (reference.Method.ReducedFrom ?? reference.Method).OriginalDefinition;
            if (definition.GetDocumentationCommentId() is { } id && sized.Contains(id))
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    RestrictedDiagnostics.SizedMethodGroup, reference.Syntax.GetLocation(),
                    definition.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat)));
            }
        }
    }
}
