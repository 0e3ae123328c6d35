using RestrictedCSharp.Games;

namespace RestrictedCSharp.Ladder;

/// <summary>A bot on the ladder: its name, rating and the number of rated games it has played.</summary>
public sealed record LadderEntrant(string Bot, Rating Rating, int Played);

/// <summary>Two bots to play each other; <see cref="First"/> takes the first seat.</summary>
public sealed record Pairing(string First, string Second);

/// <summary>
/// Chooses the next matches of a ladder. Bots still in placement (fewer than <see cref="PlacementGames"/> games)
/// seek their matches first, fewest games first; the others seek theirs in a random order that favours bots with
/// few games (drawn with weight 1 / (1 + played)). Each seeker's opponent is drawn from its neighbours in rating
/// order, weighted by exp(-z²/2) where z is the rating distance over the pair's combined deviation: close ratings
/// are likely, and an uncertain rating looks further. Pairings come in rounds: within one, a seeker already paired
/// is skipped, and its opponent is drawn from the neighbours not yet paired when there are any (else from all its
/// neighbours); when every bot has been paired and more pairings are wanted, another round starts.
/// </summary>
/// <remarks>
/// The same entrants (in any order) and seed give the same pairings. The work is O(n log n + count) for n
/// entrants: one sort, then a bounded window of <see cref="Neighbours"/> bots on each side of a seeker.
/// </remarks>
public static class Matchmaker
{
    /// <summary>A bot with fewer rated games than this is in placement: it is paired before any other.</summary>
    public const int PlacementGames = 5;

    /// <summary>How many bots on each side of a seeker, in rating order, may be its opponent.</summary>
    public const int Neighbours = 24;

    /// <exception cref="ArgumentException">Two entrants have the same name, an entrant is null or has no name, or a count of games is negative.</exception>
    public static IReadOnlyList<Pairing> Next(IReadOnlyList<LadderEntrant> entrants, int count, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(entrants);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        Validate(entrants);
        if (entrants.Count < 2 || count == 0) return [];

        // Neighbours in this order have close ratings; the name breaks ties so that input order does not matter.
        var byRating = entrants
            .OrderBy(e => e.Rating.Value)
            .ThenBy(e => e.Bot, StringComparer.Ordinal)
            .ToArray();
        var seekers = SeekingOrder(byRating, seed);

        var random = seed ^ 0x6A09E667F3BCC909UL;
        var pairings = new List<Pairing>(count);
        var busy = new bool[byRating.Length];
        while (pairings.Count < count)
        {
            foreach (var seeker in seekers)
            {
                if (pairings.Count == count) break;
                if (busy[seeker]) continue;
                var opponent = DrawOpponent(byRating, busy, seeker, ref random);
                busy[seeker] = busy[opponent] = true;
                var (first, second) = (SplitMix64.Next(ref random) & 1) == 0 ? (seeker, opponent) : (opponent, seeker);
                pairings.Add(new Pairing(byRating[first].Bot, byRating[second].Bot));
            }
            // Every bot has played this round; the next round starts afresh.
            Array.Clear(busy);
        }
        return pairings;
    }

    /// <summary>Indices into <paramref name="byRating"/>, most wanting a match first.</summary>
    private static int[] SeekingOrder(LadderEntrant[] byRating, ulong seed)
    {
        // Efraimidis–Spirakis keys: ln(u) / weight with weight 1 / (1 + played); sorting by key descending is a
        // weighted draw without replacement. u depends on the seed and the bot's name only, not on input order.
        var keys = new double[byRating.Length];
        for (var i = 0; i < byRating.Length; i++)
        {
            var state = seed ^ NameHash(byRating[i].Bot);
            keys[i] = Math.Log(UnitOpen(SplitMix64.Next(ref state))) * (1.0 + byRating[i].Played);
        }
        var order = Enumerable.Range(0, byRating.Length).ToArray();
        Array.Sort(order, (x, y) =>
        {
            var (ex, ey) = (byRating[x], byRating[y]);
            var (px, py) = (ex.Played < PlacementGames, ey.Played < PlacementGames);
            if (px != py) return px ? -1 : 1;
            if (px && ex.Played != ey.Played) return ex.Played.CompareTo(ey.Played);
            var byKey = keys[y].CompareTo(keys[x]);
            return byKey != 0 ? byKey : x.CompareTo(y);
        });
        return order;
    }

    private static int DrawOpponent(LadderEntrant[] byRating, bool[] busy, int seeker, ref ulong random)
    {
        var from = Math.Max(0, seeker - Neighbours);
        var to = Math.Min(byRating.Length - 1, seeker + Neighbours);

        // Prefer bots that have not played this round; if the whole window has, any neighbour will do.
        var anyFree = false;
        for (var j = from; j <= to && !anyFree; j++) anyFree = j != seeker && !busy[j];

        // Log-weights, shifted by their maximum so that the best candidate weighs 1 and the sum never underflows.
        Span<double> weights = stackalloc double[2 * Neighbours + 1];
        var best = double.NegativeInfinity;
        for (var j = from; j <= to; j++)
        {
            weights[j - from] = j == seeker || (anyFree && busy[j]) ? double.NegativeInfinity : LogCloseness(byRating[seeker].Rating, byRating[j].Rating);
            best = Math.Max(best, weights[j - from]);
        }
        var total = 0.0;
        for (var j = from; j <= to; j++)
        {
            weights[j - from] = Math.Exp(weights[j - from] - best);
            total += weights[j - from];
        }
        var target = UnitHalfOpen(SplitMix64.Next(ref random)) * total;
        var last = -1;
        for (var j = from; j <= to; j++)
        {
            if (weights[j - from] == 0) continue;
            last = j;
            target -= weights[j - from];
            if (target < 0) return j;
        }
        return last;
    }

    /// <summary>ln of exp(-z²/2), z the rating distance in units of the pair's combined deviation.</summary>
    private static double LogCloseness(Rating a, Rating b)
    {
        var spread = Math.Sqrt(a.Deviation * a.Deviation + b.Deviation * b.Deviation);
        var z = (a.Value - b.Value) / spread;
        return -0.5 * z * z;
    }

    /// <summary>FNV-1a over the name's UTF-16 code units: stable across processes and machines.</summary>
    private static ulong NameHash(string name)
    {
        var hash = 0xCBF29CE484222325UL;
        foreach (var c in name)
        {
            hash ^= c;
            hash *= 0x100000001B3UL;
        }
        return hash;
    }

    /// <summary>A double in (0, 1].</summary>
    private static double UnitOpen(ulong bits) => ((bits >> 11) + 1) * (1.0 / (1UL << 53));

    /// <summary>A double in [0, 1).</summary>
    private static double UnitHalfOpen(ulong bits) => (bits >> 11) * (1.0 / (1UL << 53));

    private static void Validate(IReadOnlyList<LadderEntrant> entrants)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entrant in entrants)
        {
            if (entrant is null) throw new ArgumentException("an entrant is null", nameof(entrants));
            if (string.IsNullOrEmpty(entrant.Bot)) throw new ArgumentException("an entrant has no name", nameof(entrants));
            if (!names.Add(entrant.Bot)) throw new ArgumentException($"two entrants are named '{entrant.Bot}'", nameof(entrants));
            if (entrant.Played < 0) throw new ArgumentException($"'{entrant.Bot}' has played {entrant.Played} games", nameof(entrants));
            if (!double.IsFinite(entrant.Rating.Value) || !(entrant.Rating.Deviation > 0) || double.IsInfinity(entrant.Rating.Deviation))
                throw new ArgumentException($"'{entrant.Bot}' has no valid rating ({entrant.Rating})", nameof(entrants));
        }
    }
}
