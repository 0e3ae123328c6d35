namespace RestrictedCSharp.Matches;

/// <summary>A compiled bot that takes a seat in a match: its display name and its guarded, audited assembly.</summary>
public sealed record MatchEntrant(string Name, string AssemblyPath);
