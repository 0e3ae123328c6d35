using System.CommandLine;
using RestrictedCSharp.Compiler.Reporting;
using RestrictedCSharp.Hosting;
using RestrictedCSharp.Matches;
using RestrictedCSharp.Matches.Bots;
using RestrictedCSharp.Matches.Replay;
using RestrictedCSharp.Matches.Results;

namespace RestrictedCSharp.Cli.Commands;

/// <summary>
/// <c>rcsc match &lt;bot&gt;... [--game NAME] [--games FILE] [--set NAME=VALUE]... [--seed N] [--ticks-per-turn N]
/// [--bank N] [--max-failures N] [--timeout-ms N] [--rules FILE] [--replay out.html] [--replay-json out.json]
/// [--format text|json]</c>: builds every bot (a folder or a .cs file each) with the submission pipeline, plays
/// one match of the game with each bot in its own locked-down runner, and prints the result.
/// Exit 0 the match was played, 1 a bot was rejected (the match did not start), 2 bad usage.
/// </summary>
internal static class MatchCommand
{
    public static Command Create(CliContext context)
    {
        var bots = new Argument<string[]>("bots")
        {
            Description = "The bots (as many as the game seats), each a folder (searched for *.cs) or a .cs file.",
            Arity = ArgumentArity.OneOrMore,
        };
        var match = new MatchOptions();
        var replay = new Option<string?>("--replay") { Description = "Write the replay as one self-contained HTML page.", HelpName = "FILE" };
        var replayJson = new Option<string?>("--replay-json") { Description = "Write the match record (result and turn-by-turn data) as JSON.", HelpName = "FILE" };
        var format = new Option<string>("--format") { Description = "Output format.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");

        var command = new Command("match", "Play a match between bots, each validated, guarded, compiled and run in its own locked-down process.")
        {
            bots, replay, replayJson, format,
        };
        match.AddTo(command);
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var inputs = parsed.GetValue(bots)!;
            OutputPaths.CheckWritable("--replay", parsed.GetValue(replay));
            OutputPaths.CheckWritable("--replay-json", parsed.GetValue(replayJson));
            var game = match.Game.Find(parsed)!;
            var definition = GameOptions.DefinitionOf(game);
            var reportFormat = parsed.GetValue(format) == "json" ? ReportFormat.Json : ReportFormat.Text;
            var rules = match.LoadRules(context, parsed, game, reportFormat);
            var options = match.Read(parsed, rules, parsed.GetValue(match.Seed));
            var setting = MatchOptions.Setup(definition, options, inputs.Length).Describe();
            var submissions = inputs.Select((input, i) => MatchOptions.ReadBot(input, UniqueName(inputs, i), cancellationToken)).ToList();

            var builds = await MatchBotBuilder.BuildAllAsync(MatchOptions.CreateBuilder(rules, game), submissions, cancellationToken).ConfigureAwait(false);
            if (!builds.AllAccepted)
            {
                MatchOptions.ReportRejections(context, reportFormat, builds.Rejections);
                context.Error.WriteLine($"rcsc match: {builds.Rejections.Count} bot(s) rejected; the match did not start");
                return ExitCodes.Rejected;
            }

            MatchResult result;
            await using (var host = new BotHost(warmRunners: 0))
            {
                result = await GameMatch.PlayAsync(host, game, builds.Entrants, options, cancellationToken).ConfigureAwait(false);
            }

            var replayFile = parsed.GetValue(replay);
            var replayJsonFile = parsed.GetValue(replayJson);
            if (replayJsonFile is not null) await File.WriteAllTextAsync(replayJsonFile, MatchJson.Replay(result), cancellationToken).ConfigureAwait(false);
            if (replayFile is not null) await File.WriteAllTextAsync(replayFile, ReplayHtml.Render(definition, result), cancellationToken).ConfigureAwait(false);

            if (reportFormat == ReportFormat.Json)
            {
                context.Out.WriteLine(MatchJson.Summary(result, includeWallClock: true));
            }
            else
            {
                MatchReport.Write(context.Out, result, setting);
                if (replayFile is not null) context.Out.WriteLine($"replay: {replayFile}");
                if (replayJsonFile is not null) context.Out.WriteLine($"record: {replayJsonFile}");
            }

            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The bot's name; the same bot twice plays as <c>name</c> and <c>name-2</c>.</summary>
    private static string UniqueName(string[] inputs, int index)
    {
        var name = MatchOptions.NameOf(inputs[index]);
        var earlier = inputs.Take(index).Count(i => MatchOptions.NameOf(i) == name);
        return earlier == 0 ? name : $"{name}-{earlier + 1}";
    }
}
