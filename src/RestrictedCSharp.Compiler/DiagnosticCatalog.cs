using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using RestrictedCSharp.Analyzers;
using RestrictedCSharp.Rules;

namespace RestrictedCSharp.Compiler;

/// <summary>The descriptors of every <see cref="RcxCatalog"/> entry (the analyzer's), looked up by ID.</summary>
public static class DiagnosticCatalog
{
    public const string IdPrefix = RcxCatalog.IdPrefix;

    private static readonly ImmutableDictionary<string, DiagnosticDescriptor> ById =
        RestrictedDiagnostics.All.ToImmutableDictionary(d => d.Id, StringComparer.OrdinalIgnoreCase);

    /// <summary>All descriptors, in ID order.</summary>
    public static ImmutableArray<DiagnosticDescriptor> All => RestrictedDiagnostics.All;

    /// <summary>Finds a descriptor by ID, ignoring case.</summary>
    public static bool TryGet(string id, out DiagnosticDescriptor descriptor) => ById.TryGetValue(id, out descriptor!);
}
