using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using RestrictedCSharp.Compiler.Reporting;
using RestrictedCSharp.Hosting;
using RestrictedCSharp.Matches.Bots;
using RestrictedCSharp.Matches.Replay;
using RestrictedCSharp.Matches.Tournaments;

namespace RestrictedCSharp.Cli.Commands;

/// <summary>
/// <c>rcsc tournament &lt;folder&gt; [--game NAME] [--rounds N] [--parallel N] [--results FILE] [--replays DIR] [--seed N] [match options]</c>:
/// a round robin of two-player games of the game over every bot in the folder (each subfolder or .cs file is a bot; rejected
/// bots are reported and left out). Each finished game is appended to the results file as it ends; running the
/// same command again resumes, skipping the games already there (it says so, and an interrupted run says what it kept).
/// With <c>--replays</c>, each game played is also written as a replay page. Exit 0 played, 2 bad usage.
/// </summary>
internal static class TournamentCommand
{
    public static Command Create(CliContext context)
    {
        var folder = new Argument<string>("folder") { Description = "A folder of bots: each subfolder and each .cs file in it is one bot." };
        var rounds = new Option<int>("--rounds") { Description = "Rounds: each pair of bots plays once per round, seats swapped every other round.", DefaultValueFactory = _ => 1, HelpName = "N" };
        var parallel = new Option<int>("--parallel") { Description = "Games played at once (each bot in its own process).", DefaultValueFactory = _ => 1, HelpName = "N" };
        var results = new Option<string>("--results") { Description = "The results file (JSON lines), appended as games finish; an existing one is resumed.", DefaultValueFactory = _ => "tournament-results.jsonl", HelpName = "FILE" };
        var replays = new Option<string?>("--replays") { Description = "Write each game played as a replay page in this folder (made if missing), named by the game's number and seats.", HelpName = "DIR" };
        var format = new Option<string>("--format") { Description = "Format of the standings.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var match = new MatchOptions();

        var command = new Command("tournament", "Play a resumable round robin between every bot in a folder and print the standings.")
        {
            folder, rounds, parallel, results, replays, format,
        };
        match.AddTo(command);
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var root = parsed.GetValue(folder)!;
            if (!Directory.Exists(root)) throw new CliException($"'{root}' is not a folder");
            var roundCount = parsed.GetValue(rounds);
            if (roundCount < 1) throw new CliException("--rounds must be at least 1");
            var parallelGames = parsed.GetValue(parallel);
            if (parallelGames < 1) throw new CliException("--parallel must be at least 1");
            OutputPaths.CheckWritable("--results", parsed.GetValue(results));
            var replayFolder = parsed.GetValue(replays);
            OutputPaths.CheckWritableFolder("--replays", replayFolder);

            var game = match.Game.Find(parsed)!;
            var definition = GameOptions.DefinitionOf(game);
            var reportFormat = parsed.GetValue(format) == "json" ? ReportFormat.Json : ReportFormat.Text;
            var rules = match.LoadRules(context, parsed, game, reportFormat);
            var seed = parsed.GetValue(match.Seed);
            _ = MatchOptions.Setup(definition, match.Read(parsed, rules, seed), players: 2); // options are checked before anything is built

            var submissions = FindBots(root).Select(b => MatchOptions.ReadBot(b.Path, b.Name, cancellationToken)).ToList();
            var builds = await MatchBotBuilder.BuildAllAsync(MatchOptions.CreateBuilder(rules, game), submissions, cancellationToken).ConfigureAwait(false);
            foreach (var rejection in builds.Rejections)
            {
                context.Error.WriteLine($"rcsc tournament: bot '{rejection.Name}' is rejected and left out:");
                TextReportWriter.Write(context.Error, accepted: false, rejection.Diagnostics);
            }
            if (builds.Entrants.Count < 2)
                throw new CliException($"a tournament needs at least two accepted bots; '{root}' has {builds.Entrants.Count}");

            var schedule = TournamentSchedule.RoundRobin(builds.Entrants.Select(e => e.Name), roundCount, seed);
            using var file = OpenResults(parsed.GetValue(results)!);
            // With --format json, stdout carries only the standings document; progress goes to stderr.
            var progressOutput = reportFormat == ReportFormat.Json ? context.Error : context.Out;
            var progress = new TournamentProgressWriter(progressOutput, TournamentProgressWriter.IsTerminal(progressOutput));
            if (file.Existing.Count > 0)
            {
                progressOutput.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"resuming: {file.Existing.Count} of {schedule.Count} games already played (from {parsed.GetValue(results)})"));
            }

            var kept = 0;
            IReadOnlyList<Standing> standings;
            await using (var host = new BotHost(warmRunners: Math.Min(4, 2 * parallelGames)))
            {
                try
                {
                    standings = await TournamentRunner.RunAsync(
                        host, game, builds.Entrants, schedule, file, s => match.Read(parsed, rules, s), parallelGames,
                        p => { kept = p.Done; progress.Report(p); }, cancellationToken,
                        replayFolder is null ? null : (played, result) => File.WriteAllText(Path.Combine(replayFolder, ReplayFileName(played)), ReplayHtml.Render(definition, result))).ConfigureAwait(false);
                }
                catch (InvalidDataException e)
                {
                    throw new CliException($"{parsed.GetValue(results)}: {e.Message}; use another --results file for this tournament");
                }
                catch (OperationCanceledException)
                {
                    progress.Finish();
                    context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"rcsc tournament: interrupted: {kept} of {schedule.Count} games are kept in {parsed.GetValue(results)}; run the same command again to play the other {schedule.Count - kept}"));
                    throw;
                }
            }
            progress.Finish();

            if (reportFormat == ReportFormat.Json) context.Out.WriteLine(StandingsJson.Write(standings, schedule.Count));
            else WriteStandings(context.Out, standings, parsed.GetValue(results)!);
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>A game's replay page: <c>game-3-floodfill-vs-random.html</c> for game 3 of the results file; characters a file name should not hold become '_'.</summary>
    internal static string ReplayFileName(ScheduledGame game)
    {
        var seats = string.Join("-vs-", game.Players.Select(p => string.Concat(p.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_'))));
        return string.Create(CultureInfo.InvariantCulture, $"game-{game.Index}-{seats}.html");
    }

    /// <summary>Every subfolder and every .cs file directly in the folder is a bot, ordered by name.</summary>
    private static IReadOnlyList<(string Name, string Path)> FindBots(string root)
    {
        var folders = Directory.EnumerateDirectories(root)
            .Where(d => Path.GetFileName(d) is not ("bin" or "obj") && Directory.EnumerateFiles(d, "*.cs", SearchOption.AllDirectories).Any())
            .Select(d => (Name: Path.GetFileName(d), Path: d));
        var files = Directory.EnumerateFiles(root, "*.cs").Select(f => (Name: Path.GetFileNameWithoutExtension(f), Path: f));
        var bots = folders.Concat(files).OrderBy(b => b.Name, StringComparer.Ordinal).ToList();
        var duplicate = bots.GroupBy(b => b.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new CliException($"two bots in '{root}' are named '{duplicate.Key}' (a folder and a .cs file)");
        return bots;
    }

    private static ResultsFile OpenResults(string path)
    {
        try
        {
            return ResultsFile.Open(path);
        }
        catch (InvalidDataException e)
        {
            throw new CliException($"{e.Message}; the results file is damaged");
        }
    }

    private static void WriteStandings(TextWriter output, IReadOnlyList<Standing> standings, string resultsPath)
    {
        var inv = CultureInfo.InvariantCulture;
        var nameWidth = Math.Max(3, standings.Max(s => s.Bot.Length));
        output.WriteLine(string.Create(inv, $"{"rank",-5}{"bot".PadRight(nameWidth + 2)}{"played",7}{"wins",6}{"losses",8}{"draws",7}{"points",8}{"rating",8}"));
        for (var i = 0; i < standings.Count; i++)
        {
            var s = standings[i];
            output.WriteLine(string.Create(inv, $"{i + 1,-5}{s.Bot.PadRight(nameWidth + 2)}{s.Played,7}{s.Wins,6}{s.Losses,8}{s.Draws,7}{s.Points,8}{s.Rating,8:0}"));
        }
        output.WriteLine($"results: {resultsPath}");
    }
}
