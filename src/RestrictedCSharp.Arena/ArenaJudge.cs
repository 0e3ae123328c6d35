using RestrictedCSharp.Judging;

namespace RestrictedCSharp.Arena;

/// <summary>
/// The judge an arena uses unless told otherwise: the sandboxed compile worker (a process per submission under a
/// deadline and a memory ceiling), reading the arena's own game registry and judging only the games it hosts, with
/// <see cref="ArenaOptions.JudgePool"/> warm workers ready per game. The host disposes it (killing the idle workers) when it stops.
/// </summary>
public static class ArenaJudge
{
    public static ISubmissionJudge Create(ArenaGames games, ArenaOptions options) =>
        new SandboxedJudge(new SandboxedJudgeOptions
        {
            GameRegistryPath = games.RegistryPath ?? throw new InvalidOperationException("the arena has no game registry file"),
            Games = [.. games.Names],
            MaxFiles = options.MaxFiles,
            MaxRequestBytes = Math.Max(1024, options.MaxBodyBytes),
            Deadline = options.JudgeDeadline,
            MemoryMegabytes = options.JudgeMemoryMegabytes,
            PoolSize = options.JudgePool,
        });
}
