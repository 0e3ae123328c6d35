namespace RestrictedCSharp.Matches.Results;

/// <summary>
/// Something that went wrong for a bot: a failed turn (<see cref="Kind"/> is the call's outcome, such as
/// <c>tick-limit</c>, or <c>illegal-reply</c>), a bot that did not load (turn 0), or its elimination
/// (<c>eliminated</c>), or its death by the game's rules (<c>died</c>, such as a cycle that hit the wall).
/// <see cref="Turn"/> is the turn the call was for, counted from 1.
/// </summary>
public sealed record MatchEvent(int Turn, int Player, string Bot, string Kind, string Message);

/// <summary>The kinds of <see cref="MatchEvent"/> that are not call outcomes.</summary>
public static class MatchEventKinds
{
    /// <summary>The call was ok but its value is not a legal reply.</summary>
    public const string IllegalReply = "illegal-reply";

    /// <summary>The bot was removed from the game after too many consecutive failures, or because it did not load.</summary>
    public const string Eliminated = "eliminated";

    /// <summary>The game put the bot out by its own rules (<see cref="Games.IGame.DeathOf"/>); the message says why.</summary>
    public const string Died = "died";
}
