using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using RestrictedCSharp.Rules;
using RuleSet = RestrictedCSharp.Rules.RuleSet;

namespace RestrictedCSharp.Analyzers
{
    /// <summary>
    /// Checks every symbol the code reaches against the rules (RCX0001 denied, RCX0002 not allowlisted,
    /// RCX0003 uses a refused type), and the type arguments that a <c>new()</c> constraint would construct
    /// (RCX0402). The bot's own symbols are never judged by name.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class SymbolReferenceAnalyzer : RulesAnalyzer
    {
        /// <summary>Rules from the project's <c>restricted.rules</c> additional file, else the <c>bots</c> preset.</summary>
        public SymbolReferenceAnalyzer()
            : this(null)
        {
        }

        internal SymbolReferenceAnalyzer(RuleSet? rules)
            : base(rules)
        {
        }

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
            RestrictedDiagnostics.SymbolDenied, RestrictedDiagnostics.SymbolNotAllowed, RestrictedDiagnostics.SymbolUsesRefusedType,
            RestrictedDiagnostics.ConstructorConstraintRefused,
            RestrictedDiagnostics.AsynchronousDelegateCall);

        private protected override void Register(CompilationStartAnalysisContext start, RuleSet rules)
        {
            var checker = new SymbolChecker(rules, start.Compilation);
            OperationReferences.Register(start, checker);
            TypeNameReferences.Register(start, checker);
            PatternMemberReferences.Register(start, checker);
            DirectiveReferences.Register(start, checker);
            ImplicitBaseConstructorReferences.Register(start, checker);
            AsynchronousDelegateCalls.Register(start);
            LoweredMemberReferences.Register(start, checker);
            RecordMemberReferences.Register(start, checker);
        }
    }
}
