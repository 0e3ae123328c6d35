namespace LightCycles.Engine;

/// <summary>One game's parameters. <see cref="Validate"/> (called by <see cref="Game"/>) names any that is out of range.</summary>
public sealed record GameSettings(int Width = 32, int Height = 32, int Players = 2, ulong Seed = 1, int MaxTurns = 2000)
{
    public const int MinPlayers = 2;
    public const int MaxPlayers = 4;
    public const int MinSize = 8;
    public const int MaxSize = 128;

    /// <exception cref="ArgumentOutOfRangeException">A setting is out of range.</exception>
    public GameSettings Validate()
    {
        if (Players is < MinPlayers or > MaxPlayers)
            throw new ArgumentOutOfRangeException(nameof(Players), Players, $"A game has {MinPlayers} to {MaxPlayers} players.");
        if (Width is < MinSize or > MaxSize)
            throw new ArgumentOutOfRangeException(nameof(Width), Width, $"The width must be {MinSize} to {MaxSize}.");
        if (Height is < MinSize or > MaxSize)
            throw new ArgumentOutOfRangeException(nameof(Height), Height, $"The height must be {MinSize} to {MaxSize}.");
        if (MaxTurns < 1)
            throw new ArgumentOutOfRangeException(nameof(MaxTurns), MaxTurns, "A game lasts at least one turn.");
        return this;
    }
}
