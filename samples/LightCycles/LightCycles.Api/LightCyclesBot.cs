namespace LightCycles.Api;

/// <summary>
/// What bots derive from: a public class with a public parameterless constructor that overrides
/// <see cref="Move"/>. One process serves one bot for a whole match, so fields keep state between turns.
/// </summary>
public abstract class LightCyclesBot : ILightCyclesBot
{
    /// <summary>Lines written here during a turn travel with the turn's reply into the match record.</summary>
    protected BotLog Log { get; } = new();

    /// <inheritdoc />
    public abstract Direction Move(GameView view);

    /// <summary>What the game calls each turn: the move, and the turn's log lines.</summary>
    public TurnReply Play(GameView view) => new(Move(view), Log.Drain());
}
