using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace RestrictedCSharp.Analyzers
{
    /// <summary>
    /// The symbols that operations reach: calls (including the ones the compiler implies for query
    /// clauses, collection initializers and interpolated strings), object creation, member references,
    /// user-defined operators and conversions, <c>typeof</c>, attribute constructors and named
    /// arguments, positional patterns, implicit indexers, ranges and <c>with</c>.
    /// Each member is judged whole: definition, signature and type arguments. A member reached through a
    /// value of a refused type is not judged again (the value was reported where it was made), nor are the
    /// parts of an exact comparison of two <c>GetType()</c> results (see <see cref="TypeComparisons"/>).
    /// </summary>
    internal static class OperationReferences
    {
        public static void Register(CompilationStartAnalysisContext context, SymbolChecker checker)
        {
            context.RegisterOperationAction(c => Invocation(c, checker), OperationKind.Invocation);
            context.RegisterOperationAction(c => ObjectCreation(c, checker), OperationKind.ObjectCreation);
            context.RegisterOperationAction(
                c => MemberReference(c, checker),
                OperationKind.FieldReference, OperationKind.PropertyReference, OperationKind.EventReference, OperationKind.MethodReference);
            context.RegisterOperationAction(c => Conversion(c, checker), OperationKind.Conversion);
            context.RegisterOperationAction(
                c => Operator(c, checker),
                OperationKind.Binary, OperationKind.Unary, OperationKind.Increment, OperationKind.Decrement, OperationKind.CompoundAssignment);
            context.RegisterOperationAction(c => TypeOf(c, checker), OperationKind.TypeOf);
            context.RegisterOperationAction(c => RecursivePattern(c, checker), OperationKind.RecursivePattern);
            context.RegisterOperationAction(c => ImplicitIndexer(c, checker), OperationKind.ImplicitIndexerReference);
            context.RegisterOperationAction(c => Range(c, checker), OperationKind.Range);
            context.RegisterOperationAction(c => With(c, checker), OperationKind.With);
        }

        private static void Invocation(OperationAnalysisContext context, SymbolChecker checker)
        {
            var invocation = (IInvocationOperation)context.Operation;
            if (checker.IsReachedThroughRefusedValue(invocation.Instance) || TypeComparisons.IsPartOfComparison(invocation))
            {
                return;
            }

            var syntax = invocation.Syntax;
            checker.Check(
                invocation.TargetMethod,
                ReportLocations.ForInvocation(syntax),
                ReportLocations.ForInvocationLocation(syntax),
                invocation.SemanticModel!,
                context.ReportDiagnostic);
        }

        private static void ObjectCreation(OperationAnalysisContext context, SymbolChecker checker)
        {
            var creation = (IObjectCreationOperation)context.Operation;
            checker.Check(
                (ISymbol?)creation.Constructor ?? creation.Type,
                ReportLocations.ForObjectCreation(creation.Syntax),
                creation.SemanticModel!,
                context.ReportDiagnostic);
        }

        private static void MemberReference(OperationAnalysisContext context, SymbolChecker checker)
        {
            var reference = (IMemberReferenceOperation)context.Operation;
            if (checker.IsReachedThroughRefusedValue(reference.Instance))
            {
                return;
            }

            // An accessor refused by its property's own rule is named as the property ('DateTime.Now'), as before.
            var judged = Judged(reference, checker);
            var shownAs = judged is IMethodSymbol && !checker.Allows(reference.Member) ? reference.Member : null;
            checker.Check(judged, reference.Syntax, reference.Syntax.GetLocation(), reference.SemanticModel!, context.ReportDiagnostic, shownAs);
        }

        // A property is judged by the accessors it runs (the first refused, so a compound assignment is reported once).
        private static ISymbol Judged(IMemberReferenceOperation reference, SymbolChecker checker)
        {
            if (reference is not IPropertyReferenceOperation property)
            {
                return reference.Member;
            }

            ISymbol? first = null;
            foreach (var accessor in PropertyAccessors.Used(property))
            {
                if (!checker.Allows(accessor))
                {
                    return accessor;
                }

                first ??= accessor;
            }

            return first ?? reference.Member;
        }

        private static void Conversion(OperationAnalysisContext context, SymbolChecker checker)
        {
            var conversion = (IConversionOperation)context.Operation;
            if (conversion.OperatorMethod is { } method)
            {
                checker.Check(method, conversion.Syntax, conversion.SemanticModel!, context.ReportDiagnostic);
            }
        }

        private static void Operator(OperationAnalysisContext context, SymbolChecker checker)
        {
            var operation = context.Operation;
            switch (operation)
            {
                case IBinaryOperation { OperatorMethod: { } method } binary when !TypeComparisons.IsComparison(binary):
                    CheckOperator(method);
                    break;
                case IUnaryOperation { OperatorMethod: { } method }:
                    CheckOperator(method);
                    break;
                case IIncrementOrDecrementOperation { OperatorMethod: { } method }:
                    CheckOperator(method);
                    break;
                case ICompoundAssignmentOperation compound:
                    CheckOperator(compound.OperatorMethod);
                    CheckOperator(compound.InConversion.MethodSymbol);
                    CheckOperator(compound.OutConversion.MethodSymbol);
                    break;
            }

            void CheckOperator(IMethodSymbol? method) =>
                checker.Check(method, operation.Syntax, ReportLocations.ForOperator(operation.Syntax), operation.SemanticModel!, context.ReportDiagnostic);
        }

        private static void TypeOf(OperationAnalysisContext context, SymbolChecker checker)
        {
            // The operand is a type name and reports itself; what typeof adds is the System.Type it yields.
            var typeOf = (ITypeOfOperation)context.Operation;
            checker.Check(typeOf.Type, typeOf.Syntax, typeOf.SemanticModel!, context.ReportDiagnostic);
        }

        private static void RecursivePattern(OperationAnalysisContext context, SymbolChecker checker)
        {
            var pattern = (IRecursivePatternOperation)context.Operation;
            var site = ReportLocations.ForPositionalPattern(pattern.Syntax);
            if (pattern.DeconstructSymbol is { } deconstruct)
            {
                checker.Check(deconstruct, site, pattern.SemanticModel!, context.ReportDiagnostic);
            }
            else if (pattern.DeconstructionSubpatterns.Length > 0 && !pattern.MatchedType.IsTupleType)
            {
                // Without a Deconstruct method the compiler matches positions through ITuple.
                checker.Check(checker.TupleInterface, site, pattern.SemanticModel!, context.ReportDiagnostic);
            }
        }

        private static void ImplicitIndexer(OperationAnalysisContext context, SymbolChecker checker)
        {
            // list[^1] calls Count and the int indexer; span[1..] calls Length and Slice.
            var indexer = (IImplicitIndexerReferenceOperation)context.Operation;
            checker.Check(indexer.LengthSymbol, indexer.Syntax, indexer.SemanticModel!, context.ReportDiagnostic);
            checker.Check(indexer.IndexerSymbol, indexer.Syntax, indexer.SemanticModel!, context.ReportDiagnostic);
        }

        private static void Range(OperationAnalysisContext context, SymbolChecker checker)
        {
            var range = (IRangeOperation)context.Operation;
            checker.Check(range.Method, range.Syntax, range.SemanticModel!, context.ReportDiagnostic);
        }

        private static void With(OperationAnalysisContext context, SymbolChecker checker)
        {
            var with = (IWithOperation)context.Operation;
            checker.Check(with.CloneMethod, with.Syntax, with.SemanticModel!, context.ReportDiagnostic);
        }
    }
}
