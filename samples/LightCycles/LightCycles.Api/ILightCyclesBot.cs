namespace LightCycles.Api;

/// <summary>
/// The interface the host looks for to find a bot's entry class. Derive from <see cref="LightCyclesBot"/>
/// rather than implementing it directly: the game calls <see cref="LightCyclesBot.Play"/>.
/// </summary>
public interface ILightCyclesBot
{
    /// <summary>This turn's move. Moving back onto your own trail's neck counts as going straight.</summary>
    Direction Move(GameView view);
}
