namespace RestrictedCSharp.Ladder;

/// <summary>
/// Glicko-2 exactly as in Glickman, "Example of the Glicko-2 system" (2013): steps 2 to 8 on the Glicko-2
/// scale, the volatility found by the Illinois algorithm to within 0.000001, system constant tau 0.5.
/// </summary>
/// <remarks>
/// One call is one rating period: <paramref name="games"/> are all the games the player played in it, rated
/// against the opponents' ratings at the period's start. A ladder whose matches finish one at a time may make
/// each game its own period (call with one game, right after it); the paper suggests 10 to 15 games a period,
/// but a period per game keeps a rating current between matches at the price of a slightly noisier volatility.
/// A period with no games only widens the deviation (step 6), as the paper says.
/// </remarks>
public static class Glicko2
{
    /// <summary>The system constant tau: how much the volatility may change in a period (the paper's example uses 0.5).</summary>
    public const double DefaultTau = 0.5;

    /// <summary>The factor between the Glicko and the Glicko-2 scales.</summary>
    private const double Scale = 173.7178;

    private const double Convergence = 0.000001;

    public static Rating Update(Rating player, IReadOnlyList<GameScore> games) => Update(player, games, DefaultTau);

    /// <exception cref="ArgumentOutOfRangeException">A deviation or volatility is not positive, a rating is not finite, a score is outside [0, 1], or tau is not positive.</exception>
    public static Rating Update(Rating player, IReadOnlyList<GameScore> games, double tau)
    {
        ArgumentNullException.ThrowIfNull(games);
        Validate(player, nameof(player));
        if (!(tau > 0) || double.IsInfinity(tau)) throw new ArgumentOutOfRangeException(nameof(tau), tau, "tau must be positive");

        // Step 2: to the Glicko-2 scale.
        var mu = (player.Value - 1500) / Scale;
        var phi = player.Deviation / Scale;
        var sigma = player.Volatility;

        if (games.Count == 0)
            return new Rating(player.Value, Scale * Math.Sqrt(phi * phi + sigma * sigma), sigma);

        // Steps 3 and 4: the estimated variance v and the estimated improvement delta.
        double inverseV = 0, sum = 0;
        foreach (var game in games)
        {
            Validate(game.Opponent, nameof(games));
            if (!(game.Score >= 0 && game.Score <= 1))
                throw new ArgumentOutOfRangeException(nameof(games), game.Score, "a score is 0 (loss), 0.5 (draw) or 1 (win), or between");
            var muJ = (game.Opponent.Value - 1500) / Scale;
            var g = G(game.Opponent.Deviation / Scale);
            var e = 1 / (1 + Math.Exp(-g * (mu - muJ)));
            inverseV += g * g * e * (1 - e);
            sum += g * (game.Score - e);
        }
        var v = 1 / inverseV;
        var delta = v * sum;

        // Step 5: the new volatility.
        var sigmaPrime = NewVolatility(phi, sigma, v, delta, tau);

        // Steps 6 and 7: the new deviation and rating.
        var phiStar = Math.Sqrt(phi * phi + sigmaPrime * sigmaPrime);
        var phiPrime = 1 / Math.Sqrt(1 / (phiStar * phiStar) + 1 / v);
        var muPrime = mu + phiPrime * phiPrime * sum;

        // Step 8: back to the Glicko scale.
        return new Rating(Scale * muPrime + 1500, Scale * phiPrime, sigmaPrime);
    }

    private static double G(double phi) => 1 / Math.Sqrt(1 + 3 * phi * phi / (Math.PI * Math.PI));

    private static double NewVolatility(double phi, double sigma, double v, double delta, double tau)
    {
        var a = Math.Log(sigma * sigma);
        double F(double x)
        {
            var ex = Math.Exp(x);
            var d = phi * phi + v + ex;
            return ex * (delta * delta - phi * phi - v - ex) / (2 * d * d) - (x - a) / (tau * tau);
        }

        // The paper's names: A and B bracket the root of f; C is the next guess.
        var A = a;
        double B;
        if (delta * delta > phi * phi + v)
        {
            B = Math.Log(delta * delta - phi * phi - v);
        }
        else
        {
            var k = 1;
            while (F(a - k * tau) < 0) k++;
            B = a - k * tau;
        }

        double fA = F(A), fB = F(B);
        while (Math.Abs(B - A) > Convergence)
        {
            var C = A + (A - B) * fA / (fB - fA);
            var fC = F(C);
            if (fC * fB <= 0)
            {
                A = B;
                fA = fB;
            }
            else
            {
                fA /= 2;
            }
            B = C;
            fB = fC;
        }
        return Math.Exp(A / 2);
    }

    private static void Validate(Rating rating, string parameter)
    {
        if (!double.IsFinite(rating.Value)) throw new ArgumentOutOfRangeException(parameter, rating.Value, "a rating must be finite");
        if (!(rating.Deviation > 0) || double.IsInfinity(rating.Deviation))
            throw new ArgumentOutOfRangeException(parameter, rating.Deviation, "a rating deviation must be positive");
        if (!(rating.Volatility > 0) || double.IsInfinity(rating.Volatility))
            throw new ArgumentOutOfRangeException(parameter, rating.Volatility, "a volatility must be positive");
    }
}
