namespace RestrictedCSharp.Ladder;

/// <summary>A Glicko-2 rating on the Glicko scale: rating, rating deviation and volatility.</summary>
public readonly record struct Rating(double Value, double Deviation, double Volatility)
{
    /// <summary>An unrated player: 1500, deviation 350, volatility 0.06 (Glickman's recommended start).</summary>
    public static Rating Initial { get; } = new(1500, 350, 0.06);
}

/// <summary>One game's result against an opponent: 1 for a win, 0.5 for a draw, 0 for a loss.</summary>
public readonly record struct GameScore(Rating Opponent, double Score);
