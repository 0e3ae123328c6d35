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
    /// Refuses a library member used as a method group (RCX0502) when it allocates by an argument (one
    /// with a <c>size</c> rule) or walks the data it is given (<see cref="LibraryWork"/>): the rewriter
    /// charges both at each call it can see, and a call through a delegate
    /// (<c>Func&lt;int, string&gt; pad = "".PadLeft; pad(80_000_000)</c>, <c>Select(int.Parse)</c>) is not one of them.
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
            var policy = new SymbolPolicy(rules, start.Compilation.Assembly);
            start.RegisterOperationAction(c => MethodReference(c, sized, policy), OperationKind.MethodReference);
        }

        private static void MethodReference(OperationAnalysisContext context, HashSet<string> sized, SymbolPolicy policy)
        {
            var reference = (IMethodReferenceOperation)context.Operation;
            var method = reference.Method;
            var definition = (method.ReducedFrom ?? method).OriginalDefinition;
            bool library = !SymbolEqualityComparer.Default.Equals(method.ContainingAssembly, context.Compilation.Assembly);

            // A member the rules refuse is reported once, by the symbol check; a hash read, by RCX0401.
            if (library
                && definition.Name != nameof(GetHashCode)
                && policy.Evaluate(method).IsAllowed
                && ((definition.GetDocumentationCommentId() is { } id && sized.Contains(id)) || LibraryWork.WalksData(method, policy.Rules)))
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    RestrictedDiagnostics.SizedMethodGroup, reference.Syntax.GetLocation(),
                    definition.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat),
                    Lambda(reference.Syntax.ToString(), method.Parameters.Length)));
            }
        }

        /// <summary>The lambda that calls <paramref name="group"/> directly: <c>x =&gt; int.Parse(x)</c>.</summary>
        private static string Lambda(string group, int parameters)
        {
            var names = Enumerable.Range(0, parameters).Select(i => parameters == 1 ? "x" : "x" + (i + 1)).ToList();
            var list = string.Join(", ", names);
            return $"{(parameters == 1 ? list : "(" + list + ")")} => {group}({list})";
        }
    }
}
