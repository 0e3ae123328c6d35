using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Diagnostics;
using RestrictedCSharp.Rules;

namespace RestrictedCSharp.Analyzers
{
    /// <summary>The analyzers that enforce a rule set, for the toolchain to run.</summary>
    public static class RestrictedAnalyzers
    {
        /// <summary>
        /// All RestrictedCSharp analyzers. With <paramref name="rules"/> null (IDE use) the rules come
        /// from the project's <c>restricted.rules</c> additional file (other additional files ending in
        /// <c>.rules</c> serve its <c>include path.rules</c> lines), else the <c>bots</c> preset. With a
        /// rule set (server use) that rule set applies and additional files are ignored entirely.
        /// </summary>
        public static ImmutableArray<DiagnosticAnalyzer> Create(RuleSet? rules = null) => ImmutableArray.Create<DiagnosticAnalyzer>(
            new RulesFileAnalyzer(rules),
            new SymbolReferenceAnalyzer(rules),
            new LanguageFeatureAnalyzer(rules),
            new ReservedNameAnalyzer(rules),
            new HashCodeAnalyzer(rules),
            new EqualityHashAnalyzer(rules),
            new StackFrameAnalyzer(rules),
            new SpanBufferAnalyzer(rules),
            new GenericArgumentSizeAnalyzer(rules),
            new SizedMethodGroupAnalyzer(rules),
            new UnchargeableReceiverAnalyzer(rules),
            new DerivedCollectionCountAnalyzer(rules),
            new SynthesizedMembersAnalyzer(rules),
            new ExpandingGenericsAnalyzer(rules));
    }
}
