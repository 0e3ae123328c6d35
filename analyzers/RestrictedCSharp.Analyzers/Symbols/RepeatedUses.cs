using System.Collections.Immutable;

namespace RestrictedCSharp.Analyzers
{
    /// <summary>
    /// What marks two refused-symbol diagnostics (RCX0001–RCX0003) as uses of the same symbol, so that a
    /// report can give one per symbol and file with the count of the others (server-side validation
    /// does). The IDE shows every use, where each squiggle is useful.
    /// </summary>
    public static class RepeatedUses
    {
        /// <summary>The diagnostic property that names the refused symbol.</summary>
        public const string PropertyName = "RefusedSymbol";

        internal static ImmutableDictionary<string, string?> Key(string symbol) =>
            ImmutableDictionary<string, string?>.Empty.Add(PropertyName, symbol);
    }
}
