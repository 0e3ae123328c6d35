using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using RestrictedCSharp.Rules;
using RuleSet = RestrictedCSharp.Rules.RuleSet;

namespace RestrictedCSharp.Analyzers
{
    /// <summary>
    /// Refuses a struct larger than <see cref="StackFrameEstimator.MaximumTypeArgumentBytes"/> as a type argument of
    /// the bot's own generic methods and types (RCX0505), where a call, creation, member or method group supplies it
    /// (<see cref="GenericArgumentSizes"/>, which the rewriter asks too).
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class GenericArgumentSizeAnalyzer : RulesAnalyzer
    {
        /// <summary>Rules from the project's <c>restricted.rules</c> additional file, else the <c>bots</c> preset.</summary>
        public GenericArgumentSizeAnalyzer()
            : this(null)
        {
        }

        internal GenericArgumentSizeAnalyzer(RuleSet? rules)
            : base(rules)
        {
        }

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(RestrictedDiagnostics.TypeArgumentTooLarge);

        // Sizes do not depend on the rules, but nothing is analyzed while the rules are broken.
        private protected override void Register(CompilationStartAnalysisContext start, RuleSet rules)
        {
            var own = start.Compilation.Assembly;
            start.RegisterOperationAction(
                c => Site(c, own),
                OperationKind.Invocation, OperationKind.ObjectCreation, OperationKind.MethodReference,
                OperationKind.PropertyReference, OperationKind.FieldReference, OperationKind.EventReference);
        }

        private static void Site(OperationAnalysisContext context, IAssemblySymbol own)
        {
            var (symbol, location) = context.Operation switch
            {
                IInvocationOperation call => ((ISymbol?)call.TargetMethod, ReportLocations.ForInvocationLocation(call.Syntax)),
                IObjectCreationOperation creation => (creation.Constructor ?? (ISymbol?)creation.Type, creation.Syntax.GetLocation()),
                IMemberReferenceOperation member => (member.Member, member.Syntax.GetLocation()),
                _ => (null, null),
            };
            if (symbol is null || location is null || GenericArgumentSizes.Find(symbol, own) is not { } found)
            {
                return;
            }

            context.ReportDiagnostic(Diagnostic.Create(
                RestrictedDiagnostics.TypeArgumentTooLarge,
                location,
                found.Argument.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat),
                found.Bytes,
                StackFrameEstimator.MaximumTypeArgumentBytes,
                found.Generic.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat)));
        }
    }
}
