namespace LightCycles.Engine;

/// <summary>
/// How a game ended. <see cref="Winner"/> is the only cycle left alive, or null for a draw (everyone
/// died, or several were alive at the turn limit). <see cref="Placements"/>[p] is player p's place, 1 the
/// best: a later death beats an earlier one, survivors share first place, equal turns share a place
/// (competition ranking: 1, 1, 3).
/// </summary>
public sealed record GameResult(int? Winner, int Turns, IReadOnlyList<int> Placements);
