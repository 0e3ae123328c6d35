using Microsoft.CodeAnalysis.Diagnostics;
using RestrictedCSharp.Rules;
using RuleSet = RestrictedCSharp.Rules.RuleSet;

namespace RestrictedCSharp.Analyzers
{
    /// <summary>
    /// An analyzer that runs under the rules in force: the server's rule set when one is given, else the
    /// project's rules file or the <c>bots</c> preset (<see cref="RulesResolver"/>). Nothing is registered while
    /// the rules files have errors (<see cref="RulesFileAnalyzer"/> reports why). Generated code is analyzed and
    /// reported like any other: marking a file generated must not hide code from the rules.
    /// </summary>
    public abstract class RulesAnalyzer : DiagnosticAnalyzer
    {
        private readonly RuleSet? _rules;

        private protected RulesAnalyzer(RuleSet? rules) => _rules = rules;

        public sealed override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
            RulesResolver.RegisterWithRules(context, _rules, Register);
        }

        /// <summary>Registers the analyzer's actions for one compilation, under <paramref name="rules"/>.</summary>
        private protected abstract void Register(CompilationStartAnalysisContext start, RuleSet rules);
    }
}
