using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace RestrictedCSharp.Analyzers
{
    /// <summary>
    /// The accessors a property reference runs, as the compiler emits them and the IL audit judges them: a read runs the
    /// getter, an assignment (an object initializer, a <c>with</c>, a deconstruction target) the setter, a compound
    /// assignment, an increment or <c>??=</c> both; a property that returns by reference is only ever read.
    /// </summary>
    internal static class PropertyAccessors
    {
        public static IEnumerable<IMethodSymbol> Used(IPropertyReferenceOperation reference)
        {
            var property = reference.Property;
            var (reads, writes) = property.ReturnsByRef || property.ReturnsByRefReadonly ? (true, false) : Use(reference);
            if (reads && property.GetMethod is { } getter)
            {
                yield return getter;
            }

            if (writes && property.SetMethod is { } setter)
            {
                yield return setter;
            }
        }

        private static (bool Reads, bool Writes) Use(IOperation reference)
        {
            var target = reference;
            var parent = reference.Parent;

            // A deconstruction assigns each element of the tuple on its left.
            while (parent is ITupleOperation)
            {
                target = parent;
                parent = parent.Parent;
            }

            return parent switch
            {
                IDeconstructionAssignmentOperation deconstruction when deconstruction.Target == target => (false, true),
                _ when target != reference => (true, false),
                ISimpleAssignmentOperation assignment when assignment.Target == reference => (false, true),
                ICompoundAssignmentOperation compound when compound.Target == reference => (true, true),
                ICoalesceAssignmentOperation coalesce when coalesce.Target == reference => (true, true),
                IIncrementOrDecrementOperation increment when increment.Target == reference => (true, true),
                _ => (true, false),
            };
        }
    }
}
