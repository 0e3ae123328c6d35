using RestrictedCSharp.Arena.Play;
using RestrictedCSharp.Judging;

namespace RestrictedCSharp.Arena.Jobs;

/// <summary>
/// A job as the server describes it for whoever executes it: self-contained (no database needed), one of
/// <see cref="Match"/> or <see cref="Judge"/> by <see cref="Kind"/>. <see cref="Subject"/> is the match's or the
/// version's id, as the job's payload.
/// </summary>
public sealed record JobOrder(long Job, string Kind, long Subject, MatchOrder? Match, JudgeOrder? Judge);

/// <summary>A match to play exactly as recorded: the seats' bots and builds, its seed (a decimal string), settings and budgets.</summary>
public sealed record MatchOrder(string Game, string Seed, IReadOnlyList<SeatOrder> Seats, IReadOnlyDictionary<string, string> Settings, BudgetsRecord Budgets);

/// <summary>A seat: the bot's name and the content hash of the build it plays with.</summary>
public sealed record SeatOrder(string Bot, string Artifact);

/// <summary>A submitted version to judge in Build mode.</summary>
public sealed record JudgeOrder(string Game, IReadOnlyList<SubmittedFile> Files);
