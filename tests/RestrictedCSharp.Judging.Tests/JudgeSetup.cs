using System.Text.Json;
using RestrictedCSharp.Judging;

namespace RestrictedCSharp.Judging.Tests;

/// <summary>A game registry naming Light Cycles only (the repository's, without the games these tests do not build), and the bots judged.</summary>
internal static class JudgeSetup
{
    public static string Root => RepositoryRoot.Path;

    private static readonly Lazy<string> LazyRegistry = new(() =>
    {
        var folder = Directory.CreateTempSubdirectory("restrictedcsharp-judging-tests-").FullName;
        var path = Path.Combine(folder, "rcsc-games.json");
        File.WriteAllText(path, JsonSerializer.Serialize(new { games = new[] { Path.Combine(Root, "samples", "LightCycles", "game.json") } }));
        return path;
    });

    public static string Registry => LazyRegistry.Value;

    /// <summary>Generous for a machine shared by several builds: a worker's cold start alone took seconds there.</summary>
    public static readonly TimeSpan Deadline = TimeSpan.FromSeconds(90);

    public static SandboxedJudgeOptions Options => new() { GameRegistryPath = Registry, Deadline = Deadline };

    public static SandboxedJudge Judge(Func<SandboxedJudgeOptions, SandboxedJudgeOptions>? adjust = null) =>
        new((adjust ?? (o => o))(Options));

    public static JudgeRequest Request(JudgeMode mode, params (string Name, string Text)[] files) =>
        new("lightcycles", [.. files.Select(f => new SubmittedFile(f.Name, f.Text))], mode);

    public static (string Name, string Text) RandomBot =>
        ("RandomBot.cs", File.ReadAllText(Path.Combine(Root, "samples", "LightCycles", "bots", "random", "RandomBot.cs")));

    /// <summary>A bot that reads a file: refused by the rules (System.IO is not allowed).</summary>
    public static (string Name, string Text) FileReadingBot => ("Thief.cs", """
        using LightCycles.Api;

        namespace Thief;

        public sealed class ThiefBot : LightCyclesBot
        {
            public override Direction Move(GameView view)
            {
                Log.Write(System.IO.File.ReadAllText("/etc/passwd"));
                return view.Me.Heading;
            }
        }
        """);

    public static IReadOnlyList<string> Ids(string reportJson)
    {
        using var document = JsonDocument.Parse(reportJson);
        return [.. document.RootElement.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("id").GetString()!)];
    }

    public static bool Accepted(string reportJson)
    {
        using var document = JsonDocument.Parse(reportJson);
        return document.RootElement.GetProperty("accepted").GetBoolean();
    }
}
