using RestrictedCSharp.Artifacts;

namespace RestrictedCSharp.Matches;

/// <summary>A compiled bot that takes a seat in a match: its display name and its guarded, audited build, as bytes with its manifest.</summary>
public sealed record MatchEntrant(string Name, BotArtifact Artifact);
