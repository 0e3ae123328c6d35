using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using RestrictedCSharp.Rules;
using RuleSet = RestrictedCSharp.Rules.RuleSet;

namespace RestrictedCSharp.Analyzers
{
    /// <summary>
    /// Refuses reading a hash code that is not the same in every process (RCX0401): a call to a
    /// <c>GetHashCode</c>, or a delegate made from one, that <see cref="HashCodeCalls"/> cannot prove
    /// deterministic. The rules decide which APIs exist; this check adds what a rule cannot say, because
    /// the answer depends on the receiver (<c>5.GetHashCode()</c> is fine, <c>"5".GetHashCode()</c> is not).
    /// It applies whatever the rules: a replay must not depend on the process it ran in.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class HashCodeAnalyzer : RulesAnalyzer
    {
        /// <summary>Active while the project's rules file (or the <c>bots</c> preset) can be read.</summary>
        public HashCodeAnalyzer()
            : this(null)
        {
        }

        internal HashCodeAnalyzer(RuleSet? rules)
            : base(rules)
        {
        }

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(RestrictedDiagnostics.HashCodeNotDeterministic);

        private protected override void Register(CompilationStartAnalysisContext start, RuleSet rules)
        {
            var own = start.Compilation.Assembly;
            var policy = new SymbolPolicy(rules, own);
            start.RegisterOperationAction(c => Invocation(c, own, policy), OperationKind.Invocation);
            start.RegisterOperationAction(c => MethodReference(c, own, policy), OperationKind.MethodReference);
        }

        private static void Invocation(OperationAnalysisContext context, IAssemblySymbol own, SymbolPolicy policy)
        {
            var invocation = (IInvocationOperation)context.Operation;
            Judge(context, invocation.TargetMethod, invocation.Instance, ReportLocations.ForInvocation(invocation.Syntax), own, policy);
        }

        private static void MethodReference(OperationAnalysisContext context, IAssemblySymbol own, SymbolPolicy policy)
        {
            var reference = (IMethodReferenceOperation)context.Operation;
            Judge(context, reference.Method, reference.Instance, reference.Syntax, own, policy);
        }

        private static void Judge(
            OperationAnalysisContext context, IMethodSymbol method, IOperation? instance, SyntaxNode site, IAssemblySymbol own, SymbolPolicy policy)
        {
            // A method the rules refuse is reported as such (RCX0001-RCX0003), once.
            if (method.Name != HashCodeCalls.MethodName
                || HashCodeCalls.Refusal(method, instance, own) is not { } reason
                || !policy.Evaluate(method).IsAllowed)
            {
                return;
            }

            var shown = method.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat);
            context.ReportDiagnostic(Diagnostic.Create(RestrictedDiagnostics.HashCodeNotDeterministic, site.GetLocation(), shown, reason));
        }
    }
}
