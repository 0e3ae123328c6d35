namespace LightCycles.Api;

/// <summary>One player's cycle as every bot sees it. A dead cycle keeps its last head and its trail.</summary>
public sealed record CycleView(int Player, Position Head, Direction Heading, bool Alive);
