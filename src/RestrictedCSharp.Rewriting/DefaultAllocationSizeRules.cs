using RestrictedCSharp.Rules;

namespace RestrictedCSharp.Rewriting;

/// <summary>
/// The size rules of the <c>bots</c> preset: string padding and repetition, builder and collection
/// capacities, <c>Array.Resize</c>, <c>Enumerable.Repeat</c>, and the LINQ and collection members that
/// copy a sequence whose length is known up front. The preset file is the one place they are written.
/// </summary>
public static class DefaultAllocationSizeRules
{
    /// <summary>A new table holding the <c>bots</c> preset's size rules; add a game's own rules to it.</summary>
    public static AllocationSizeTable Create() => RuleSetAllocationSizes.From(RuleSetLoader.Preset(Presets.Bots));
}
