using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using RestrictedCSharp.Ladder;

namespace RestrictedCSharp.Arena.Ladder;

/// <summary>Keeps the ladder playing: every <see cref="ArenaOptions.LadderInterval"/>, the matchmaker fills each game's room in the queue.</summary>
public sealed class LadderScheduler(LadderService ladder, ArenaGames games, ArenaOptions options, ILogger<LadderScheduler> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.ContinuousLadder) return;
        using var timer = new PeriodicTimer(options.LadderInterval);
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            foreach (var game in games.Names)
            {
                try
                {
                    await ladder.ScheduleAsync(game, MatchFactory.NewSeed(), stoppingToken).ConfigureAwait(false);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogError(e, "the matchmaker could not schedule {Game}", game);
                }
            }
        }
    }
}
