using Microsoft.CodeAnalysis;
using RestrictedCSharp.Rules;

namespace RestrictedCSharp.Rewriting;

/// <summary>
/// An <see cref="IAllocationSizeRules"/> built from entries that name a member by its
/// documentation-comment ID (the <c>M:</c> IDs the rules files use) and its size parameter by name.
/// A unit costs a fixed number of bytes plus, optionally, the estimated size of each of the
/// member's type arguments (those of its type and its own), e.g. a <c>Dictionary&lt;K,V&gt;</c> entry.
/// </summary>
public sealed class AllocationSizeTable : IAllocationSizeRules
{
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    /// <summary>Adds or replaces the rule for one member.</summary>
    /// <param name="documentationId">The member's ID, e.g. <c>M:System.String.PadLeft(System.Int32)</c>.</param>
    /// <param name="parameterName">The parameter that sizes the allocation.</param>
    /// <param name="kind">Whether that parameter is a count or a sequence.</param>
    /// <param name="fixedBytesPerUnit">Bytes per unit that do not depend on type arguments.</param>
    /// <param name="addTypeArgumentSizes">Whether each type argument's estimated size is added per unit.</param>
    public AllocationSizeTable Add(string documentationId, string parameterName, AllocationSizeKind kind, long fixedBytesPerUnit, bool addTypeArgumentSizes = false)
    {
        if (string.IsNullOrWhiteSpace(documentationId) || !documentationId.StartsWith("M:", StringComparison.Ordinal))
        {
            throw new ArgumentException($"'{documentationId}' is not a method's documentation-comment ID (M:…).", nameof(documentationId));
        }

        if (string.IsNullOrWhiteSpace(parameterName))
        {
            throw new ArgumentException("A size rule must name the parameter that sizes the allocation.", nameof(parameterName));
        }

        if (fixedBytesPerUnit < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(fixedBytesPerUnit), fixedBytesPerUnit, "Bytes per unit cannot be negative.");
        }

        _entries[documentationId] = new Entry(parameterName, kind, fixedBytesPerUnit, addTypeArgumentSizes);
        return this;
    }

    /// <inheritdoc/>
    public RestrictedCSharp.Rules.RuleSet? CostRules { get; init; }

    /// <summary>The documentation-comment IDs that have a rule.</summary>
    public IEnumerable<string> DocumentationIds => _entries.Keys;

    /// <inheritdoc/>
    public AllocationSizeRule? GetRule(IMethodSymbol method)
    {
        var bound = method.ReducedFrom ?? method;
        var definition = bound.OriginalDefinition;
        var id = definition.GetDocumentationCommentId();
        if (id is null || !_entries.TryGetValue(id, out var entry))
        {
            return null;
        }

        var parameter = definition.Parameters.FirstOrDefault(p => p.Name == entry.ParameterName)
            ?? throw new InvalidOperationException($"The size rule for '{id}' names parameter '{entry.ParameterName}', which that member does not have.");

        long bytes = entry.FixedBytesPerUnit;
        if (entry.AddTypeArgumentSizes)
        {
            var typeArguments = bound.ContainingType.TypeArguments.Concat(bound.TypeArguments);
            bytes += typeArguments.Sum(t => (long)ValueSizes.ElementBytes(t));
        }

        return new AllocationSizeRule(parameter.Ordinal, entry.Kind, Math.Max(bytes, 1));
    }

    private sealed record Entry(string ParameterName, AllocationSizeKind Kind, long FixedBytesPerUnit, bool AddTypeArgumentSizes);
}
