using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace RestrictedCSharp.Analyzers
{
    /// <summary>
    /// The one use of <c>GetType()</c> a bot may make (with <c>feature type-comparison on</c>): comparing two
    /// <c>GetType()</c> results with <c>==</c>, <c>!=</c> or <c>Type.Equals</c>, as IDEs write <c>Equals(object)</c>.
    /// Both <c>System.Type</c> values meet only each other and the result is a bool, so no Type reaches the
    /// bot. Anything else (storing one, calling its members, <c>typeof(X) == GetType()</c>, passing it on)
    /// stays refused by the rules. The IL audit accepts the same shapes (Audit/Checks/TypeComparisonCalls.cs).
    /// </summary>
    internal static class TypeComparisons
    {
        /// <summary>
        /// Whether <paramref name="operation"/> is an exact comparison of two <c>GetType()</c> results,
        /// or one of the two <c>GetType()</c> calls in one.
        /// </summary>
        public static bool IsPartOfComparison(IOperation operation)
        {
            if (IsComparison(operation))
            {
                return true;
            }

            if (!IsGetType(operation))
            {
                return false;
            }

            // Up from the call: through an implicit conversion and an argument, to the comparison.
            var parent = operation.Parent;
            if (parent is IConversionOperation { IsImplicit: true })
            {
                parent = parent.Parent;
            }

            if (parent is IArgumentOperation)
            {
                parent = parent.Parent;
            }

            return parent is not null && IsComparison(parent);
        }

        /// <summary><c>a.GetType() == b.GetType()</c>, <c>!=</c>, or <c>a.GetType().Equals(b.GetType())</c>.</summary>
        public static bool IsComparison(IOperation operation) => operation switch
        {
            IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals } binary =>
                IsGetType(Unwrap(binary.LeftOperand)) && IsGetType(Unwrap(binary.RightOperand))
                && (binary.OperatorMethod is null || IsType(binary.OperatorMethod.ContainingType)),
            IInvocationOperation { TargetMethod: { Name: "Equals", IsStatic: false, Parameters.Length: 1 } method, Arguments.Length: 1 } call =>
                (IsType(method.ContainingType) || method.ContainingType?.SpecialType == SpecialType.System_Object)
                && IsGetType(Unwrap(call.Instance)) && IsGetType(Unwrap(call.Arguments[0].Value)),
            _ => false,
        };

        private static bool IsGetType(IOperation? operation) =>
            operation is IInvocationOperation
            {
                TargetMethod: { Name: "GetType", IsStatic: false, Parameters.Length: 0, ContainingType.SpecialType: SpecialType.System_Object },
            };

        private static bool IsType(INamedTypeSymbol? type) =>
            type is { Name: "Type", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } };

        // Only the conversions the compiler adds itself (a Type passed as object): a cast written in the source is not a comparison.
        private static IOperation? Unwrap(IOperation? operation) =>
            operation is IConversionOperation { IsImplicit: true } conversion ? conversion.Operand : operation;
    }
}
