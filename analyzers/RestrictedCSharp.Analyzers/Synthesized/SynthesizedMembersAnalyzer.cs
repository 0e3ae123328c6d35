using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using RuleSet = RestrictedCSharp.Rules.RuleSet;

namespace RestrictedCSharp.Analyzers
{
    /// <summary>
    /// Refuses the shapes that make members nobody wrote in the bot unbounded (see <see cref="StructuralWalk"/>):
    /// a record or field-by-field struct of the bot at its declaration (RCX0510), and an anonymous type, tuple,
    /// <c>KeyValuePair</c>, <c>Nullable</c> or <c>Lazy</c> where a value of it is made or handed over (RCX0511).
    /// Those members run without guards, so neither ticks nor the depth budget would see them.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class SynthesizedMembersAnalyzer : RulesAnalyzer
    {
        private static readonly ImmutableArray<OperationKind> ValueSites = ImmutableArray.Create(
            OperationKind.AnonymousObjectCreation, OperationKind.Tuple, OperationKind.ObjectCreation,
            OperationKind.Invocation, OperationKind.Conversion, OperationKind.PropertyReference,
            OperationKind.FieldReference, OperationKind.ArrayElementReference, OperationKind.DefaultValue,
            OperationKind.LocalReference, OperationKind.ParameterReference);

        /// <summary>Rules from the project's <c>restricted.rules</c> additional file, else the <c>bots</c> preset.</summary>
        public SynthesizedMembersAnalyzer()
            : this(null)
        {
        }

        internal SynthesizedMembersAnalyzer(RuleSet? rules)
            : base(rules)
        {
        }

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(RestrictedDiagnostics.UnboundedSynthesizedMembers, RestrictedDiagnostics.UnboundedLibraryStructure);

        private protected override void Register(CompilationStartAnalysisContext start, RuleSet rules)
        {
            var walk = new StructuralWalk(start.Compilation);
            start.RegisterSymbolAction(c => DeclaredType(c, walk), SymbolKind.NamedType);
            start.RegisterOperationAction(c => ValueSite(c, walk), ValueSites);
        }

        private static void DeclaredType(SymbolAnalysisContext context, StructuralWalk walk)
        {
            var type = (INamedTypeSymbol)context.Symbol;
            if (walk.WhyDeclaredTypeIsUnbounded(type) is not { } reason)
            {
                return;
            }

            foreach (var reference in type.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax(context.CancellationToken) is BaseTypeDeclarationSyntax declaration)
                {
                    context.ReportDiagnostic(Diagnostic.Create(
                        RestrictedDiagnostics.UnboundedSynthesizedMembers, declaration.Identifier.GetLocation(), type.Name, reason));
                }
            }
        }

        private static bool IsDeconstructionTarget(IOperation operation)
        {
            var current = operation;
            while (current.Parent is ITupleOperation or IDeclarationExpressionOperation)
            {
                current = current.Parent;
            }

            if (current is not ITupleOperation and not IDeclarationExpressionOperation)
            {
                return false;
            }

            return current.Parent is IDeconstructionAssignmentOperation assignment && assignment.Target == current
                || current.Parent is IForEachLoopOperation loop && loop.LoopControlVariable == current;
        }

        private static void ValueSite(OperationAnalysisContext context, StructuralWalk walk)
        {
            var operation = context.Operation;
            if (IsDeconstructionTarget(operation))
            {
                return; // `var (a, b) = x;` names variables; no tuple value is made
            }

            // A conversion's operand is a site of its own, so each value is reported where it is made.
            if (walk.FindUnboundedLibraryStructure(operation.Type) is { } unbounded)
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    RestrictedDiagnostics.UnboundedLibraryStructure,
                    operation.Syntax.GetLocation(),
                    unbounded.Type.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat),
                    unbounded.Reason));
            }
        }
    }
}
