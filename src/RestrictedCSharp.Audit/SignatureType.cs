using System.Collections.Immutable;

namespace RestrictedCSharp.Audit;

/// <summary>
/// A type decoded from a metadata signature: its name in documentation-comment ID form (as it appears
/// in a member's parameter list), the named types it uses (as <c>T:</c> IDs, the assembly's own types
/// left out), and whether it involves pointers or other unsafe shapes.
/// </summary>
internal sealed record SignatureType(string Name, ImmutableArray<string> UsedTypes, string? UnsafeShape)
{
    /// <summary>For a generic instantiation, the generic type's own name (<c>List`1</c>, not <c>List{System.Int32}</c>).</summary>
    public string? DefinitionName { get; init; }

    /// <summary>For a generic instantiation, its type arguments (empty otherwise).</summary>
    public ImmutableArray<SignatureType> TypeArguments { get; init; } = ImmutableArray<SignatureType>.Empty;

    /// <summary>For a generic instantiation, whether the generic type is the assembly's own.</summary>
    public bool IsOwnDefinition { get; init; }

    /// <summary>Whether this names a type parameter (<c>`0</c> of a type, <c>``0</c> of a method).</summary>
    public bool IsTypeParameter => Name.StartsWith("`", StringComparison.Ordinal);

    public static SignatureType Own(string name) => new(name, ImmutableArray<string>.Empty, null);

    public static SignatureType Referenced(string name) => new(name, ImmutableArray.Create("T:" + name), null);

    public SignatureType Wrap(string name, string? unsafeShape = null) =>
        new(name, UsedTypes, unsafeShape ?? UnsafeShape);

    public static ImmutableArray<string> Combine(IEnumerable<SignatureType> types) =>
        types.SelectMany(t => t.UsedTypes).Distinct(StringComparer.Ordinal).ToImmutableArray();

    public static string? FirstUnsafe(IEnumerable<SignatureType> types) =>
        types.Select(t => t.UnsafeShape).FirstOrDefault(s => s is not null);
}
