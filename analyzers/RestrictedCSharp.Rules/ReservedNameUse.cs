namespace RestrictedCSharp.Rules
{
    /// <summary>How a declaration falls into <see cref="ReservedNames"/>.</summary>
    public enum ReservedNameUse
    {
        None,

        /// <summary>A namespace at or under <see cref="ReservedNames.GuardNamespace"/>.</summary>
        GuardNamespace,

        /// <summary>Any other namespace whose first segment is one of <see cref="ReservedNames.Roots"/>.</summary>
        ReservedNamespace,

        /// <summary>A top-level type of the global namespace named like one of <see cref="ReservedNames.Roots"/>.</summary>
        ShadowingType,
    }
}
