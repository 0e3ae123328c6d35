using Microsoft.CodeAnalysis;

namespace RestrictedCSharp.Rewriting;

/// <summary>
/// Tells the rewriter which library members allocate by an argument, so that it checks the
/// argument against the allocation budget before the call. The rules files supply these through
/// their <c>size</c> rules; <see cref="DefaultAllocationSizeRules"/> lists the common BCL members.
/// </summary>
public interface IAllocationSizeRules
{
    /// <summary>
    /// The size rule for a call to <paramref name="method"/> (as bound: constructed, and for
    /// extension methods in reduced form), or null when its arguments do not size an allocation.
    /// </summary>
    AllocationSizeRule? GetRule(IMethodSymbol method);

    /// <summary>
    /// The rules whose <c>cost</c> lines say how calls into library code are charged for the data they
    /// walk (see <see cref="RestrictedCSharp.Rules.LibraryWork"/>); without them every call is charged
    /// <see cref="RestrictedCSharp.Rules.LibraryCost.All"/>.
    /// </summary>
    RestrictedCSharp.Rules.RuleSet? CostRules => null;
}
