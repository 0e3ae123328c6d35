using RestrictedCSharp.Rules;

namespace RestrictedCSharp.Rewriting;

/// <summary>The <c>size</c> and <c>cost</c> rules of a rules file, as the table the rewriter consults.</summary>
public static class RuleSetAllocationSizes
{
    public static AllocationSizeTable From(RuleSet rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var table = new AllocationSizeTable { CostRules = rules };
        foreach (var rule in rules.SizeRules)
        {
            var kind = rule.Kind == SizeRuleKind.Count ? AllocationSizeKind.Count : AllocationSizeKind.SequenceLength;
            table.Add(rule.MemberId, rule.ParameterName, kind, rule.FixedBytesPerUnit, rule.PerElement);
        }

        return table;
    }
}
