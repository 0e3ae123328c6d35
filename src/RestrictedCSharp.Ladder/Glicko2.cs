namespace RestrictedCSharp.Ladder;

/// <summary>Glicko-2 (Glickman, "Example of the Glicko-2 system").</summary>
public static class Glicko2
{
    public static Rating Update(Rating player, IReadOnlyList<GameScore> games) => throw new NotImplementedException();
}
