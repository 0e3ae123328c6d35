using LightCycles.Api;

namespace LightCycles.Engine;

/// <summary>
/// One cycle after a turn. A dead cycle keeps the head it had before its fatal move, and its trail.
/// <see cref="DeathTurn"/> is the turn it died in (1 for the first move; for an elimination, the turns
/// completed when it was removed); <see cref="DeathReason"/> says it in words.
/// </summary>
public sealed record CycleState(
    int Player,
    Position Head,
    Direction Heading,
    bool Alive,
    int? DeathTurn = null,
    DeathCause? DeathCause = null,
    string? DeathReason = null);
