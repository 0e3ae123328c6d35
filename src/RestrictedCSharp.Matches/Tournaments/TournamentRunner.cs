using RestrictedCSharp.Hosting;
using RestrictedCSharp.Matches.Registry;

namespace RestrictedCSharp.Matches.Tournaments;

/// <summary>A game finished (or was found already finished in the results file).</summary>
public sealed record TournamentProgress(int Done, int Total, ScheduledGame Game, GameRecord Record, bool FromFile);

/// <summary>
/// Plays a round robin of one game, <c>parallel</c> at a time, appending each finished game to the
/// results file as it ends. Games already in the file are not played again, so a killed tournament resumes
/// where it stopped; the standings come from the records in schedule order and are the same either way.
/// </summary>
public static class TournamentRunner
{
    /// <param name="played">Called with each game played (not those found in the file) before its record is appended, such as to write its replay.</param>
    /// <exception cref="InvalidDataException">The results file holds a game that is not in this schedule.</exception>
    public static async Task<IReadOnlyList<Standing>> RunAsync(
        BotHost host, RegisteredGame gameToPlay, IReadOnlyList<MatchEntrant> bots, IReadOnlyList<ScheduledGame> schedule, ResultsFile results,
        Func<ulong, GameMatchOptions> optionsForSeed, int parallel, Action<TournamentProgress> progress,
        CancellationToken cancellationToken = default, Action<ScheduledGame, Results.MatchResult>? played = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(parallel, 1);
        var byName = bots.ToDictionary(b => b.Name, StringComparer.Ordinal);
        var done = new Dictionary<int, GameRecord>();
        foreach (var record in results.Existing)
        {
            if (record.Game < 0 || record.Game >= schedule.Count || !record.IsOf(schedule[record.Game]))
                throw new InvalidDataException($"the results file holds game {record.Game} ({string.Join(" vs ", record.Players)}, seed {record.Seed}), which is not in this tournament's schedule");
            done[record.Game] = record;
        }

        var finished = 0;
        foreach (var game in schedule.Where(g => done.ContainsKey(g.Index)))
            progress(new TournamentProgress(++finished, schedule.Count, game, done[game.Index], FromFile: true));

        var gate = new Lock();
        var pending = schedule.Where(g => !done.ContainsKey(g.Index)).ToList();
        await Parallel.ForEachAsync(pending, new ParallelOptions { MaxDegreeOfParallelism = parallel, CancellationToken = cancellationToken }, async (game, token) =>
        {
            var entrants = game.Players.Select(p => byName[p]).ToList();
            var result = await GameMatch.PlayAsync(host, gameToPlay, entrants, optionsForSeed(game.Seed), token).ConfigureAwait(false);
            var record = GameRecord.From(game, result);
            played?.Invoke(game, result);
            results.Append(record);
            lock (gate)
            {
                done[game.Index] = record;
                progress(new TournamentProgress(++finished, schedule.Count, game, record, FromFile: false));
            }
        }).ConfigureAwait(false);

        return Standings.Compute(bots.Select(b => b.Name), done.Values);
    }
}
