using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using RestrictedCSharp.Rules;
using RuleSet = RestrictedCSharp.Rules.RuleSet;

namespace RestrictedCSharp.Analyzers
{
    /// <summary>
    /// Refuses a library call whose receiver is walked (<see cref="LibraryWork"/>) where no guard can charge it
    /// (RCX0520), as <see cref="UnwrappableReceivers"/> decides for the rewriter too: a virtual or protected member
    /// called on <c>base</c> without an argument to carry the charge, and a value reached through <c>?.</c> and
    /// followed by a plain <c>.</c> (<c>a?.Items.Contains(x)</c>), which no guard can stand around without changing
    /// what a null means.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class UnchargeableReceiverAnalyzer : RulesAnalyzer
    {
        /// <summary>Rules from the project's <c>restricted.rules</c> additional file, else the <c>bots</c> preset.</summary>
        public UnchargeableReceiverAnalyzer()
            : this(null)
        {
        }

        internal UnchargeableReceiverAnalyzer(RuleSet? rules)
            : base(rules)
        {
        }

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(RestrictedDiagnostics.UnchargeableReceiver);

        private protected override void Register(CompilationStartAnalysisContext start, RuleSet rules)
        {
            start.RegisterOperationAction(c => Invocation(c, rules), OperationKind.Invocation);
            start.RegisterOperationAction(c => Indexer(c, rules), OperationKind.PropertyReference);
            start.RegisterSyntaxNodeAction(Range, Microsoft.CodeAnalysis.CSharp.SyntaxKind.ElementAccessExpression);
        }

        private static void Invocation(OperationAnalysisContext context, RuleSet rules)
        {
            var call = (IInvocationOperation)context.Operation;
            var method = call.TargetMethod;
            if (!LibraryWork.IsLibraryMember(method, context.Compilation.Assembly) || call.Syntax is not InvocationExpressionSyntax syntax)
            {
                return;
            }

            var cost = LibraryWork.CostOf(method, rules);
            if (UnwrappableReceivers.IsBaseReceiver(call.Instance))
            {
                if (LibraryWork.WalksReceiver(method, cost)
                    && UnwrappableReceivers.ChargeOfBase(method, call.Arguments, out _) == BaseReceiverCharge.Refused)
                {
                    ReportBase(context, method, call.Instance!.Syntax);
                }

                return;
            }

            if (syntax.Expression is MemberAccessExpressionSyntax { Expression: var receiver }
                && UnwrappableReceivers.IsLedByBinding(receiver)
                && !UnwrappableReceivers.IsLiftable(receiver)
                && IsReceiverWalked(call, cost, rules, context.Compilation.Assembly))
            {
                ReportBinding(context, method, receiver);
            }
        }

        /// <summary>Whether the call walks its receiver: the instance, or the <c>this</c> of an extension method.</summary>
        private static bool IsReceiverWalked(IInvocationOperation call, LibraryCost cost, RuleSet rules, IAssemblySymbol own)
        {
            if (call.Instance is not null)
            {
                return LibraryWork.WalksReceiver(call.TargetMethod, cost);
            }

            var self = call.Arguments.FirstOrDefault(a => a.Parameter is { Ordinal: 0 } && call.TargetMethod.IsExtensionMethod);
            if (self?.Parameter is not { } parameter)
            {
                return false;
            }

            var walk = LibraryWork.ParameterWalk(parameter, cost);

            // In a?.Items?.Where(p).Count(), Count reads what Where yields, charged where Where pulled it.
            return walk != WalkKind.None
                && !(walk is WalkKind.Pulled or WalkKind.Consumed
                    && cost != LibraryCost.Sorted
                    && Unconverted(self.Value) is IInvocationOperation source
                    && LibraryWork.IsChargedAsPulled(source, rules, own));
        }

        private static IOperation Unconverted(IOperation value)
        {
            while (value is IConversionOperation { IsImplicit: true } conversion)
            {
                value = conversion.Operand;
            }

            return value;
        }

        private static void Indexer(OperationAnalysisContext context, RuleSet rules)
        {
            var reference = (IPropertyReferenceOperation)context.Operation;
            if (!reference.Property.IsIndexer || reference.Syntax is not ElementAccessExpressionSyntax { Expression: var receiver })
            {
                return;
            }

            // Either accessor that walks its receiver (a SortedList's setter) needs the charge.
            foreach (var accessor in new[] { reference.Property.GetMethod, reference.Property.SetMethod })
            {
                if (accessor is null || !LibraryWork.IsLibraryMember(accessor, context.Compilation.Assembly) || !LibraryWork.WalksReceiver(accessor, LibraryWork.CostOf(accessor, rules)))
                {
                    continue;
                }

                if (UnwrappableReceivers.IsBaseReceiver(reference.Instance))
                {
                    if (UnwrappableReceivers.ChargeOfBase(accessor, reference.Arguments, out _) == BaseReceiverCharge.Refused)
                    {
                        ReportBase(context, reference.Property, receiver);
                    }
                }
                else if (UnwrappableReceivers.IsLedByBinding(receiver) && !UnwrappableReceivers.IsLiftable(receiver))
                {
                    ReportBinding(context, reference.Property, receiver);
                }

                return;
            }
        }

        private static void Range(SyntaxNodeAnalysisContext context)
        {
            // a?.Text[1..] copies what it takes, charged by the text's length.
            var access = (ElementAccessExpressionSyntax)context.Node;
            if (access.ArgumentList.Arguments.Count == 1
                && UnwrappableReceivers.IsLedByBinding(access.Expression)
                && context.SemanticModel.GetTypeInfo(access.ArgumentList.Arguments[0].Expression, context.CancellationToken).Type is { Name: "Range", ContainingNamespace.Name: "System" }
                && context.SemanticModel.GetTypeInfo(access.Expression, context.CancellationToken).Type is { } type
                && LibraryWork.CopiesByRange(type))
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    RestrictedDiagnostics.UnchargeableReceiver, access.GetLocation(),
                    "[..]", access.Expression.ToString(), BindingReason(access.Expression)));
            }
        }

        private static void ReportBase(OperationAnalysisContext context, ISymbol member, SyntaxNode receiver)
            => context.ReportDiagnostic(Diagnostic.Create(
                RestrictedDiagnostics.UnchargeableReceiver, receiver.Parent?.GetLocation() ?? receiver.GetLocation(),
                member.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat), "base",
                "no guard can stand around 'base', and a virtual or protected member called without an argument has nowhere else to carry the charge: "
                + "keep the collection in a field instead of deriving from it"));

        private static void ReportBinding(OperationAnalysisContext context, ISymbol member, ExpressionSyntax receiver)
            => context.ReportDiagnostic(Diagnostic.Create(
                RestrictedDiagnostics.UnchargeableReceiver, receiver.Parent?.GetLocation() ?? receiver.GetLocation(),
                member.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat), receiver.ToString(), BindingReason(receiver)));

        private static string BindingReason(ExpressionSyntax receiver)
        {
            // The whole access that reaches the receiver: from the first ?. of the chain (a?.B?.Items).
            var conditional = UnwrappableReceivers.ConditionalAccessOf(receiver);
            while (conditional is not null && UnwrappableReceivers.IsLedByBinding(conditional.Expression))
            {
                conditional = UnwrappableReceivers.ConditionalAccessOf(conditional);
            }

            var reached = conditional is null
                ? receiver.ToString()
                : receiver.SyntaxTree.GetText().ToString(Microsoft.CodeAnalysis.Text.TextSpan.FromBounds(conditional.SpanStart, receiver.Span.End));
            return $"it is reached through '?.' and followed by '.', where no guard can stand: test it with '?.' too ('{reached}?.'), or put it in a local first ('var value = {reached};')";
        }
    }
}
