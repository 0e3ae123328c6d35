using LightCycles.Api;

namespace LightCycles.Engine;

/// <summary>
/// What one <see cref="Game.Step"/> did: the direction each player actually moved in (after "no move"
/// and "reverse" became straight on; null for a cycle that was already dead), who died, and whether the game is over.
/// </summary>
public sealed record TurnResult(int Turn, IReadOnlyList<Direction?> Moves, IReadOnlyList<CycleState> Deaths, bool IsOver);
