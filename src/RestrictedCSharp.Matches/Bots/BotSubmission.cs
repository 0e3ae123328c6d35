using System.Collections.Immutable;
using RestrictedCSharp.Compiler;

namespace RestrictedCSharp.Matches.Bots;

/// <summary>A bot's source as submitted for a match: the name it plays under and its files.</summary>
public sealed record BotSubmission(string Name, IReadOnlyList<SourceFile> Sources);

/// <summary>A bot the submission pipeline refused, with the diagnostics its author would see.</summary>
public sealed record BotRejection(string Name, ImmutableArray<SubmissionDiagnostic> Diagnostics);

/// <summary>The compiled bots, in the order given, and the rejected ones.</summary>
public sealed record BotBuilds(IReadOnlyList<MatchEntrant> Entrants, IReadOnlyList<BotRejection> Rejections)
{
    public bool AllAccepted => Rejections.Count == 0;
}
