namespace RestrictedCSharp.Rules
{
    /// <summary>Names that belong to the toolchain; bot code may neither declare nor use them.</summary>
    public static class ReservedNames
    {
        /// <summary>The guard runtime's namespace; no bot may declare types in it (or below it).</summary>
        public const string GuardNamespace = "RestrictedCSharp.Guards";

        /// <summary>The prefix of every identifier the rewriter inserts.</summary>
        public const string IdentifierPrefix = "__rcx";
    }
}
