namespace RestrictedCSharp.Compiler.Tests.Agreement;

/// <summary>
/// Rules files an operator could write: the bots preset, and the preset with one member the compiler calls
/// on the author's behalf denied. <see cref="Targets"/> names the sources each one must refuse.
/// </summary>
public static class AgreementRules
{
    public const string BotsPreset = "include bots";

    public static readonly IReadOnlyDictionary<string, string[]> Targets = new SortedDictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["include bots\ndeny M:System.String.Concat*"] = ["string-concatenation"],
        ["include bots\ndeny T:System.Runtime.CompilerServices.DefaultInterpolatedStringHandler"] = ["interpolated-string"],
        ["include bots\ndeny M:System.ValueTuple`2.#ctor*"] = ["tuple-literal"],
        ["include bots\ndeny M:System.ValueTuple`3.#ctor*"] = ["tuple-literal"],
        ["include bots\ndeny M:System.Collections.Generic.List`1.GetEnumerator"] = ["foreach-list"],
        ["include bots\ndeny M:System.Collections.Generic.List`1.Enumerator.MoveNext"] = ["foreach-list", "using-struct-enumerator"],
        ["include bots\ndeny M:System.Collections.Generic.List`1.Enumerator.Dispose"] = ["foreach-list", "using-struct-enumerator"],
        ["include bots\ndeny M:System.IDisposable.Dispose"] = ["foreach-list", "foreach-dictionary", "using-struct-enumerator", "using-own-disposable"],
        ["include bots\ndeny M:System.Collections.Generic.KeyValuePair`2.Deconstruct*"] = ["foreach-dictionary", "deconstruction"],
        ["include bots\ndeny M:System.Nullable`1.GetValueOrDefault*"] = ["null-coalescing-and-conditional-access", "implicit-conversions"],
        ["include bots\ndeny M:System.Nullable`1.#ctor*"] = ["implicit-conversions"],
        ["include bots\ndeny M:System.Decimal.op_Implicit*"] = ["implicit-conversions"],
        ["include bots\ndeny M:System.Decimal.op_Addition*"] = ["implicit-conversions", "checked-operators"],
        ["include bots\ndeny M:System.Int128.op_CheckedAddition*"] = ["checked-operators"],
        ["include bots\ndeny M:System.Collections.Immutable.ImmutableList.Create*"] = ["collection-expression-immutable-array"],
        ["include bots\ndeny M:System.Collections.Generic.List`1.#ctor*"] = ["collection-expression-spread"],
        ["include bots\ndeny M:System.Collections.Generic.HashSet`1.Add*"] = ["collection-expression-spread"],
        ["include bots\ndeny M:System.Object.ToString"] = ["collection-expression-span", "sealed-record-from-abstract-record", "string-concatenation"],
        ["include bots\ndeny M:System.Int32.ToString*"] = ["string-concatenation", "collection-expression-span"],
        ["include bots\nfeature stackalloc off"] = ["stackalloc-constant-span"],
        ["include bots\nfeature type-comparison off"] = ["type-comparison-in-equals"],
        ["include bots\ndeny T:System.Drawing.Point"] = ["assembly-info-and-real-bot-types"],
        ["include bots\ndeny T:System.Reflection.AssemblyTitleAttribute"] = ["assembly-info-and-real-bot-types"],
        ["include bots\ndeny T:System.IO.MemoryStream"] = ["assembly-info-and-real-bot-types"],
        ["include bots\ndeny M:System.Collections.Generic.List`1.set_Capacity*"] = ["property-accessors"],
        ["include bots\ndeny M:System.Collections.Generic.List`1.get_Item*"] = ["property-accessors"],
    };

    /// <summary>Every rules file the agreement is checked under.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> All =
        new[] { BotsPreset, "include strict" }.Concat(Targets.Keys).ToDictionary(r => r, r => Targets.GetValueOrDefault(r, []));
}
