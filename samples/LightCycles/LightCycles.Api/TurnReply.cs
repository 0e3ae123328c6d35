namespace LightCycles.Api;

/// <summary>What a bot answers each turn: its move and the lines it logged during the turn.</summary>
public sealed record TurnReply(Direction Direction, IReadOnlyList<string> Log);
