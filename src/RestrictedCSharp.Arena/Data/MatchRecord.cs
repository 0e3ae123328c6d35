namespace RestrictedCSharp.Arena.Data;

/// <summary>
/// A match: what it is played with (game, the exact versions in their seats, seed, settings and budgets), so it can
/// be played again byte for byte, and how it ended. Its result is written once (see <see cref="Ladder.MatchResults"/>).
/// </summary>
public sealed class MatchRecord
{
    public long Id { get; set; }

    public required string Game { get; set; }

    /// <summary>One of <see cref="MatchKind"/>'s values.</summary>
    public required string Kind { get; set; }

    /// <summary>One of <see cref="MatchStatus"/>'s values.</summary>
    public required string Status { get; set; }

    /// <summary>The seed's 64 bits (stored signed; shown unsigned).</summary>
    public long Seed { get; set; }

    /// <summary>The game's settings, as a JSON object of strings.</summary>
    public required string SettingsJson { get; set; }

    /// <summary>The budgets, as <see cref="Play.BudgetsRecord"/>'s JSON.</summary>
    public required string BudgetsJson { get; set; }

    /// <summary>The result without the turn-by-turn data (<c>MatchJson.Summary</c>), once finished.</summary>
    public string? ResultJson { get; set; }

    /// <summary>The full deterministic record a replay is drawn from (<c>MatchJson.Replay</c>), once finished.</summary>
    public string? ReplayJson { get; set; }

    public string? WinnerBot { get; set; }

    public string? Failure { get; set; }

    /// <summary>The author who asked for a challenge; null for ladder matches.</summary>
    public long? RequestedBy { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? FinishedAt { get; set; }

    public List<MatchSeat> Seats { get; set; } = [];
}

/// <summary>A seat of a match: the bot and the exact version that played in it.</summary>
public sealed class MatchSeat
{
    public long Id { get; set; }

    public long MatchId { get; set; }

    public int Seat { get; set; }

    public long BotId { get; set; }

    public long VersionId { get; set; }
}

public static class MatchKind
{
    /// <summary>One of a newly accepted version's first matches, played at once; rated.</summary>
    public const string Placement = "placement";

    /// <summary>Chosen by the matchmaker; rated.</summary>
    public const string Ladder = "ladder";

    /// <summary>Asked for by an author against opponents of their choice; not rated (a rating is the ladder's).</summary>
    public const string Challenge = "challenge";

    public static bool IsRated(string kind) => kind is Placement or Ladder;
}

public static class MatchStatus
{
    public const string Queued = "queued";
    public const string Running = "running";
    public const string Finished = "finished";
    public const string Failed = "failed";
}
