namespace RestrictedCSharp.Arena.Workers;

/// <summary>
/// How a worker (<c>rcsc worker</c>) runs: the arena's options it shares with the server (games and registry, the
/// judge's deadline, memory and pool, the broker, queue prefix, attempts, its slots in <see cref="ArenaOptions.MatchSlots"/>
/// and <see cref="ArenaOptions.JudgeSlots"/>), and its own: the server it fetches builds from, its key, cache, name and drain.
/// </summary>
public sealed record WorkerOptions(ArenaOptions Arena, Uri Server, string Key, string CacheDirectory, string Name, TimeSpan Drain);
