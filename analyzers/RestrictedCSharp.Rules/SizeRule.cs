namespace RestrictedCSharp.Rules
{
    /// <summary>How a <c>size</c> rule's argument sizes what the member allocates.</summary>
    public enum SizeRuleKind
    {
        /// <summary>The argument is a count: a capacity, a width, a repeat count.</summary>
        Count,

        /// <summary>The argument is a sequence the member copies, charged per element.</summary>
        Sequence,
    }

    /// <summary>
    /// A <c>size</c> line: a library member that allocates by one of its arguments, so the rewriter
    /// charges the allocation budget before the call. For example
    /// <c>size M:System.String.PadLeft(System.Int32) totalWidth count 2</c> (two bytes a char), or
    /// <c>size M:System.Collections.Generic.List`1.#ctor(System.Int32) capacity count element</c>
    /// (the estimated size of the type arguments per unit; <c>element+12</c> adds a fixed overhead).
    /// </summary>
    public sealed record SizeRule(
        string MemberId,
        string ParameterName,
        SizeRuleKind Kind,
        long FixedBytesPerUnit,
        bool PerElement,
        RuleOrigin Origin)
    {
        /// <summary>The rule as written in a rules file.</summary>
        public string Directive
        {
            get
            {
                var bytes = PerElement
                    ? FixedBytesPerUnit == 0 ? "element" : "element+" + FixedBytesPerUnit
                    : FixedBytesPerUnit.ToString(System.Globalization.CultureInfo.InvariantCulture);
                return $"size {MemberId} {ParameterName} {(Kind == SizeRuleKind.Count ? "count" : "sequence")} {bytes}";
            }
        }

        public override string ToString() => Directive;
    }
}
