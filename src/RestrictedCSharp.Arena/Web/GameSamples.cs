using System.Collections.Concurrent;
using RestrictedCSharp.Matches.Registry;

namespace RestrictedCSharp.Arena.Web;

/// <summary>
/// The source the playground starts from for a game. A game's registry entry names no sample, but the games laid out
/// like the repository's (samples/NAME) keep their sample bots in <c>bots/*/</c> beside the rules file: the shortest
/// single-file one is the start (the simplest bot that plays). A game without one starts from a skeleton that says
/// what to write. Read once per game; the files are the operator's, never an author's.
/// </summary>
internal static class GameSamples
{
    private const int MaxSampleBytes = 64 * 1024;

    private static readonly ConcurrentDictionary<string, GameSample> Cache = new(StringComparer.Ordinal);

    public static GameSample Of(RegisteredGame game) => Cache.GetOrAdd(game.RulesPath + "\n" + game.Name, _ => Find(game));

    private static GameSample Find(RegisteredGame game)
    {
        var bots = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(game.RulesPath)) ?? ".", "bots");
        var sample = Directory.Exists(bots)
            ? Directory.EnumerateDirectories(bots)
                .Select(d => Directory.GetFiles(d, "*.cs"))
                .Where(files => files.Length == 1)
                .Select(files => new FileInfo(files[0]))
                .Where(f => f.Length <= MaxSampleBytes)
                .OrderBy(f => f.Length).ThenBy(f => f.FullName, StringComparer.Ordinal)
                .FirstOrDefault()
            : null;
        return sample is not null
            ? new GameSample(game.Name, sample.Name, File.ReadAllText(sample.FullName))
            : new GameSample(game.Name, "Bot.cs", Skeleton(game.Name));
    }

    private static string Skeleton(string game) => $$"""
        // A bot for {{game}}: one public class deriving from the game's bot base class (see the game's API
        // assembly), answering each turn's view with a move.
        public sealed class MyBot
        {
        }

        """;
}
