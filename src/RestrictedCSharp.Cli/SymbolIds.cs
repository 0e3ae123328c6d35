namespace RestrictedCSharp.Cli;

/// <summary>Documentation-comment IDs as a user types them (<c>T:System.Console</c>, <c>M:System.Math.Max(System.Int32,System.Int32)</c>).</summary>
internal static class SymbolIds
{
    public static bool IsDocumentationId(string id) =>
        id.Length > 2 && id[1] == ':' && "NTMPFE".Contains(id[0], StringComparison.Ordinal);

    /// <summary>The type ID that holds a member ID (<c>M:A.B.C(x)</c> → <c>T:A.B</c>); null for a type or namespace.</summary>
    public static string? ContainingType(string id)
    {
        if (id[0] is 'N' or 'T') return null;
        var name = id[2..];
        var open = name.IndexOf('(', StringComparison.Ordinal);
        if (open >= 0) name = name[..open];
        var dot = name.LastIndexOf('.');
        return dot <= 0 ? null : "T:" + name[..dot];
    }
}
