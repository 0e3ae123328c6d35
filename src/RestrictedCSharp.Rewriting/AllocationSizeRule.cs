namespace RestrictedCSharp.Rewriting;

/// <summary>How a library member's argument sizes what the member allocates.</summary>
public enum AllocationSizeKind
{
    /// <summary>The argument is a count (a capacity, a width, a repeat count…).</summary>
    Count,

    /// <summary>The argument is a sequence the member copies; its length is known without enumerating for collections and ranges.</summary>
    SequenceLength,
}

/// <summary>
/// Which argument of a member sizes its allocation, and how many bytes one unit of it costs.
/// </summary>
/// <param name="ParameterOrdinal">The parameter's position (for an extension method, <c>this</c> is 0).</param>
/// <param name="Kind">Whether the argument is a count or a sequence.</param>
/// <param name="BytesPerUnit">Bytes charged per unit of the count, or per element of the sequence.</param>
public sealed record AllocationSizeRule(int ParameterOrdinal, AllocationSizeKind Kind, long BytesPerUnit);
