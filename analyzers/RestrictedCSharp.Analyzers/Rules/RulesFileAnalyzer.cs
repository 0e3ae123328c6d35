using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using RestrictedCSharp.Rules;
using RuleSet = RestrictedCSharp.Rules.RuleSet;

namespace RestrictedCSharp.Analyzers
{
    /// <summary>
    /// Reports errors in the project's rules files (RCX0901). While they stand, the other analyzers
    /// check nothing: a policy is never half-read.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class RulesFileAnalyzer : DiagnosticAnalyzer
    {
        private readonly RuleSet? _rules;

        public RulesFileAnalyzer()
            : this(null)
        {
        }

        internal RulesFileAnalyzer(RuleSet? rules) => _rules = rules;

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(RestrictedDiagnostics.RulesFileError);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
            // The rules files are not source files: their errors belong to the compilation as a whole.
            context.RegisterCompilationAction(compilation =>
            {
                foreach (var error in RulesResolver.Resolve(_rules, compilation.Options, compilation.CancellationToken).Errors)
                {
                    compilation.ReportDiagnostic(error);
                }
            });
        }
    }
}
