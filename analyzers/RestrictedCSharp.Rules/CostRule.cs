namespace RestrictedCSharp.Rules
{
    /// <summary>
    /// A <c>cost</c> line: how calls to the library members a pattern covers are charged, e.g.
    /// <c>cost M:System.Collections.Generic.List`1.Add none ; amortized constant</c>. The most specific pattern decides; a
    /// member that no line covers costs <see cref="LibraryCost.All"/>, so forgetting a line can only
    /// overcharge.
    /// </summary>
    public sealed record CostRule(SymbolPattern Pattern, LibraryCost Cost, string? Reason, RuleOrigin Origin)
    {
        /// <summary>The rule as written in a rules file.</summary>
        public string Directive => $"cost {Pattern.Text} {Word(Cost)}";

        /// <summary>The word a rules file uses for <paramref name="cost"/>.</summary>
        public static string Word(LibraryCost cost) => cost switch
        {
            LibraryCost.Arguments => "arguments",
            LibraryCost.None => "none",
            LibraryCost.Sorted => "sorted",
            LibraryCost.Pulled => "pulled",
            LibraryCost.Matches => "matches",
            _ => "all",
        };

        /// <summary>Reads the word of a <c>cost</c> line.</summary>
        public static bool TryParse(string word, out LibraryCost cost)
        {
            switch (word)
            {
                case "all":
                    cost = LibraryCost.All;
                    return true;
                case "arguments":
                    cost = LibraryCost.Arguments;
                    return true;
                case "none":
                    cost = LibraryCost.None;
                    return true;
                case "sorted":
                    cost = LibraryCost.Sorted;
                    return true;
                case "pulled":
                    cost = LibraryCost.Pulled;
                    return true;
                case "matches":
                    cost = LibraryCost.Matches;
                    return true;
                default:
                    cost = LibraryCost.All;
                    return false;
            }
        }

        public override string ToString() => Reason is null ? Directive : $"{Directive} ; {Reason}";
    }
}
