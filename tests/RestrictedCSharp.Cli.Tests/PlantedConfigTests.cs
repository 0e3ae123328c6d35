using System.Net;

namespace RestrictedCSharp.Cli.Tests;

/// <summary>
/// A hostile <c>rcsc.json</c>, <c>rcsc-games.json</c> and <c>restricted.rules</c> planted in the arena's data folder,
/// in the server's working directory and among a submission's files change nothing: the arena judges each
/// submission with the game the request names, under that game's rules from the operator's registry only.
/// </summary>
/// <remarks>
/// The planted files would let a bot read files: a rules file that allows <c>System.IO</c>, a registry whose
/// "lightcycles" is judged by it, and an <c>rcsc.json</c> that names the other game. The server runs on the real
/// registry (<c>--games</c>, as an operator whose working directory is not the repository gives it); its compile
/// worker runs in an empty working directory of its own, so nothing near the server is found by a search upwards.
/// </remarks>
[Collection(ServeProcess.Collection)]
public sealed class PlantedConfigTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(120);

    private const string ReadsAFile = """
        using LightCycles.Api;

        public sealed class Peek : LightCyclesBot
        {
            public override Direction Move(GameView view)
            {
                Log.Write(System.IO.File.ReadAllText("/etc/hostname"));
                return view.Me.Heading;
            }
        }
        """;

    private const string Straight = """
        using LightCycles.Api;

        public sealed class Straight : LightCyclesBot
        {
            public override Direction Move(GameView view) => view.Me.Heading;
        }
        """;

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Planted_configuration_files_do_not_change_how_a_submission_is_judged()
    {
        var cwd = _folder.Combine("cwd");
        var data = Path.Combine(cwd, "arena");
        Plant(cwd);
        Plant(data);
        // The planted registry has teeth: a checker that used it would accept the file read.
        var planted = await Rcsc.RunAsync("check", "--games", Path.Combine(cwd, "rcsc-games.json"), "--game", "lightcycles", _folder.Write("Peek.cs", ReadsAFile));
        planted.ExitCode.Should().Be(0, $"the planted rules allow System.IO\n{planted}");

        var author = await Rcsc.RunProcessAsync("authors", "add", "mallory", "--data", data);
        author.ExitCode.Should().Be(0, author.ToString());
        var token = author.Stdout.Trim();

        await using var serve = await ServeProcess.StartInAsync(cwd, data, "--workers", "1", "--judge-deadline", "120");

        // A configuration file among the submitted files is refused before anything is judged.
        foreach (var name in new[] { "rcsc.json", "rcsc-games.json", "restricted.rules", "../rcsc.json" })
        {
            var files = new[] { new { name = "Bot.cs", text = ReadsAFile }, new { name, text = """{"game": "connectfour"}""" } };
            var put = await serve.SendAsync(HttpMethod.Put, "/api/bots/peek", new { game = "lightcycles", files }, token);
            put.Status.Should().Be(HttpStatusCode.BadRequest, $"{name}: {put.Text}");
            put.Text.Should().Contain("is not a file name");
            var check = await serve.SendAsync(HttpMethod.Post, "/api/check", new { game = "lightcycles", files });
            check.Status.Should().Be(HttpStatusCode.BadRequest, $"{name}: {check.Text}");
        }

        // The file read is refused under lightcycles' own rules, whatever the planted rules allow.
        var peek = await serve.SubmitAsync(token, "peek", "lightcycles", [("Bot.cs", ReadsAFile)]);
        var peeked = await serve.JudgedAsync(peek, token, Patience);
        peeked.Should().NotBeNull("the submission is judged");
        peeked!["status"]!.GetValue<string>().Should().Be("rejected", peeked.ToJsonString());
        peeked["diagnostics"]!.ToJsonString().Should().Contain("RCX0001").And.Contain("System.IO");

        // The game is the one the request names: a Light Cycles bot is accepted as one (the planted rcsc.json names
        // Connect Four), and the same bot sent as a Connect Four bot is judged against Connect Four's API.
        var straight = await serve.JudgedAsync(await serve.SubmitAsync(token, "straight", "lightcycles", [("Bot.cs", Straight)]), token, Patience);
        straight!["status"]!.GetValue<string>().Should().Be("accepted", straight.ToJsonString());
        var misfiled = await serve.JudgedAsync(await serve.SubmitAsync(token, "misfiled", "connectfour", [("Bot.cs", Straight)]), token, Patience);
        misfiled!["status"]!.GetValue<string>().Should().Be("rejected", misfiled.ToJsonString());
        misfiled["diagnostics"]!.ToJsonString().Should().Contain("LightCycles");

        (await serve.StopAsync()).Should().Be(0, serve.Output);
    }

    /// <summary>A registry whose "lightcycles" is judged by a rules file that allows System.IO, that rules file, and an rcsc.json naming the other game.</summary>
    private static void Plant(string folder)
    {
        Directory.CreateDirectory(folder);
        var games = Path.Combine(MatchSamples.Root, "samples", "LightCycles");
        File.WriteAllText(Path.Combine(folder, "restricted.rules"), "include bots\nallow N:LightCycles.Api\nallow N:System.IO\n");
        File.WriteAllText(Path.Combine(folder, "game.json"), $$"""
            {
              "name": "lightcycles",
              "definition": "{{games}}/LightCycles.Definition/bin/$(Configuration)/net10.0/LightCycles.Definition.dll",
              "type": "LightCycles.Definition.LightCyclesDefinition",
              "api": "{{games}}/LightCycles.Api/bin/$(Configuration)/net10.0/LightCycles.Api.dll",
              "rules": "restricted.rules"
            }
            """);
        File.WriteAllText(Path.Combine(folder, "rcsc-games.json"), """{ "games": ["game.json"] }""");
        File.WriteAllText(Path.Combine(folder, "rcsc.json"), """{ "game": "connectfour" }""");
    }
}
