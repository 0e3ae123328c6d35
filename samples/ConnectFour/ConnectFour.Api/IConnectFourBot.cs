namespace ConnectFour.Api;

/// <summary>
/// The interface the host looks for to find a bot's entry class. Derive from <see cref="ConnectFourBot"/>
/// rather than implementing it directly: the game calls <see cref="ConnectFourBot.Play"/>.
/// </summary>
public interface IConnectFourBot
{
    /// <summary>The column to drop a disc in (0 is the leftmost); it must have room.</summary>
    int Choose(Board board);
}

/// <summary>What a bot answers each turn: its column and the lines it logged during the turn.</summary>
public sealed record Drop(int Column, IReadOnlyList<string> Log);

/// <summary>
/// What bots derive from: a public class with a public parameterless constructor that overrides
/// <see cref="Choose"/>. One process serves one bot for a whole match, so fields keep state between turns.
/// </summary>
public abstract class ConnectFourBot : IConnectFourBot
{
    /// <summary>Lines written here during a turn travel with the turn's reply into the match record.</summary>
    protected MoveLog Log { get; } = new();

    /// <inheritdoc />
    public abstract int Choose(Board board);

    /// <summary>What the game calls on the bot's turn: the column, and the turn's log lines.</summary>
    public Drop Play(Board board) => new(Choose(board), Log.Drain());
}
