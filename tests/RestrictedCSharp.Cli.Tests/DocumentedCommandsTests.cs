using System.Text.RegularExpressions;

namespace RestrictedCSharp.Cli.Tests;

/// <summary>
/// Every rcsc command quoted in README.md, the samples' READMEs and the hostile bots' headers, run as written
/// (in process, from the repository's root), with the output or exit code the text promises. A command that
/// rots fails here, not in a newcomer's first hour.
/// </summary>
/// <remarks>
/// Paths in a command are the repository's; <c>../Zapper</c> is the README's first bot, made here from the
/// template's files; files a command writes (<c>--replay match.html</c>, a tournament's results, <c>rules init</c>)
/// go to a temporary folder instead of the checkout. Synopses (with <c>&lt;</c>, <c>[</c> or <c>...</c>) are not
/// commands and are skipped. Output is compared with the checkout's folder removed from the paths it prints
/// (a game's rules file is named by its full path).
/// </remarks>
public sealed partial class DocumentedCommandsTests : IDisposable
{
    private const string DotnetRun = "dotnet run --project src/RestrictedCSharp.Cli --";

    private static readonly string Root = MatchSamples.Root;

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    /// <summary>The commands that need inputs, when the text only names them.</summary>
    private static readonly HashSet<string> CommandNames = new(StringComparer.Ordinal)
    {
        "rcsc check", "rcsc build", "rcsc run", "rcsc match", "rcsc tournament", "rcsc show-rewrite", "rcsc authors add",
    };

    /// <summary>What the text around a command promises; a command not listed here must exit 0.</summary>
    private static readonly Dictionary<string, (int Exit, string? Output)> Promises = new()
    {
        ["rcsc check samples/bots/greedy"] = (0, "Accepted"),
        ["rcsc check samples/bots/peeking"] = (1, "RCX0001"),
        ["rcsc check ../Zapper"] = (0, "Accepted: 0 error(s), 0 warning(s)"),
        ["rcsc check --game lightcycles samples/LightCycles/bots/floodfill"] = (0, "Accepted"),
        ["rcsc check --game connectfour samples/ConnectFour/bots/lookahead"] = (0, "Accepted"),
        ["rcsc rules explain RCX0001"] = (0, "RCX0001"),
        // The first match: the two cycles meet, and the report says who died, when and why (README, after the command).
        ["rcsc match samples/LightCycles/bots/floodfill samples/LightCycles/bots/wallfollower --replay match.html"] =
            (0, "winner: floodfill after 80 turns"),
    };

    /// <summary>More of what the text says a command prints, beside <see cref="Promises"/>' line.</summary>
    private static readonly Dictionary<string, string[]> AlsoPrinted = new()
    {
        ["rcsc match samples/LightCycles/bots/floodfill samples/LightCycles/bots/wallfollower --replay match.html"] =
            ["  none; died at turn 80: hit player 0's trail", "turn 80 wallfollower: died: hit player 0's trail"],
    };

    public static TheoryData<string, string> Commands()
    {
        var data = new TheoryData<string, string>();
        foreach (var (source, command) in DocumentedCommands())
        {
            data.Add(source, command);
        }
        return data;
    }

    [Fact]
    public void The_documents_quote_the_commands_this_test_runs()
    {
        var commands = DocumentedCommands().Select(c => c.Command).ToList();
        commands.Should().Contain(["rcsc check samples/bots/greedy", "rcsc check ../Zapper", "rcsc show-rewrite Bot.cs"]);
        commands.Should().Contain(c => c.StartsWith("rcsc tournament --game connectfour", StringComparison.Ordinal));
        Directory.GetFiles(Path.Combine(Root, "samples", "LightCycles", "hostile", "rejected"), "*.cs", SearchOption.AllDirectories)
            .Should().OnlyContain(file => HostileHeader(file) != null, "every rejected bot's header quotes the command and what it prints");
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task A_documented_command_does_what_its_text_says(string source, string command)
    {
        var result = await Rcsc.RunAsync(Arguments(command)).WaitAsync(TimeSpan.FromMinutes(3));
        var (exit, output) = Promises.TryGetValue(command, out var promise) ? promise : (0, null);

        result.ExitCode.Should().Be(exit, $"{source}: {command}\n{result}");
        if (output is not null)
        {
            result.Stdout.Should().Contain(output, $"{source}: {command}");
        }

        foreach (var line in AlsoPrinted.GetValueOrDefault(command, []))
        {
            result.Stdout.Should().Contain(line, $"{source}: {command}");
        }
    }

    public static TheoryData<string> HostileBots()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(Root, "samples", "LightCycles", "hostile"), "*.cs", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(Root, file).Replace('\\', '/'));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(HostileBots))]
    public async Task A_hostile_bots_header_quotes_what_rcsc_check_prints(string file)
    {
        var header = HostileHeader(Path.Combine(Root, file));
        header.Should().NotBeNull($"{file} quotes the rcsc check command in its header");
        var (command, exit, lines) = header!.Value;

        var result = await Rcsc.RunAsync(Arguments(command)).WaitAsync(TimeSpan.FromMinutes(3));

        result.ExitCode.Should().Be(exit, $"{file}: {command}\n{result}");
        if (lines.Count > 0)
        {
            Relative(result.Stdout).Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().Equal(lines, $"{file} says `{command}` prints exactly these lines");
        }
    }

    /// <summary>The command a hostile bot's header quotes, its exit code, and the lines it prints when the header says "prints exactly".</summary>
    private static (string Command, int Exit, IReadOnlyList<string> Lines)? HostileHeader(string file)
    {
        var header = File.ReadLines(file).TakeWhile(l => l.StartsWith("//", StringComparison.Ordinal)).ToList();
        var text = string.Join(" ", header.Select(l => l.TrimStart('/').Trim()));
        var quoted = InlineCode().Matches(text).Select(m => m.Groups["code"].Value).FirstOrDefault(c => c.StartsWith("rcsc ", StringComparison.Ordinal));
        if (quoted is null) return null;
        var rejected = text.Contains("rejected at submission (exit 1)", StringComparison.Ordinal);
        // "prints exactly these lines, then `TALLY`:" and the lines, one per comment line indented by three spaces.
        var lines = header.SkipWhile(l => !l.Contains("prints exactly", StringComparison.Ordinal)).Skip(1)
            .TakeWhile(l => l.StartsWith("//   ", StringComparison.Ordinal)).Select(l => l[5..]).ToList();
        var tally = Tally().Match(text);
        if (tally.Success) lines.Add(tally.Groups["tally"].Value);
        return (quoted, rejected ? 1 : 0, lines);
    }

    /// <summary>Every command quoted in the READMEs: in <c>sh</c> blocks and in inline code, which may wrap across lines.</summary>
    private static IEnumerable<(string Source, string Command)> DocumentedCommands()
    {
        var documents = new[] { "README.md" }
            .Concat(Directory.GetFiles(Path.Combine(Root, "samples"), "README.md", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(Root, f)))
            .Select(f => f.Replace('\\', '/'))
            .Order(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            var text = File.ReadAllText(Path.Combine(Root, document));
            var blocks = ShellBlock().Matches(text).SelectMany(m => m.Groups["body"].Value.Split('\n'));
            var withoutBlocks = FencedBlock().Replace(text, string.Empty);
            var inline = InlineCode().Matches(withoutBlocks).Select(m => m.Groups["code"].Value);
            foreach (var candidate in blocks.Concat(inline))
            {
                var command = Normalize(candidate);
                if (command is null || !seen.Add(command)) continue;
                yield return (document, command);
            }
        }
    }

    /// <summary>The command as rcsc sees it (<c>dotnet run ... --</c> is rcsc), or null when it is no rcsc command or only a synopsis.</summary>
    private static string? Normalize(string candidate)
    {
        var command = Whitespace().Replace(candidate, " ").Trim();
        var comment = command.IndexOf(" #", StringComparison.Ordinal);
        if (comment >= 0) command = command[..comment].Trim();
        if (command.StartsWith(DotnetRun + " ", StringComparison.Ordinal)) command = "rcsc " + command[(DotnetRun.Length + 1)..];
        if (!command.StartsWith("rcsc ", StringComparison.Ordinal)) return null;
        if (command.IndexOfAny(['<', '[']) >= 0 || command.Contains("...", StringComparison.Ordinal)) return null;
        if (CommandNames.Contains(command)) return null; // "`rcsc check` judges them": a command's name, not a command
        // The arena runs until stopped, and its section's commands run against it: ArenaReadmeTests runs them.
        if (command.StartsWith("rcsc serve", StringComparison.Ordinal) && !command.EndsWith("--help", StringComparison.Ordinal)) return null;

        return command;
    }

    /// <summary>rcsc's arguments for a command: the repository's paths made absolute, written files sent to the temporary folder.</summary>
    private string[] Arguments(string command)
    {
        var tokens = Tokenize(command).Skip(1).ToList();
        var zapper = Zapper();
        var writes = new HashSet<string>(StringComparer.Ordinal) { "--replay", "--replay-json", "-o", "--results", "--output" };
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (i > 0 && writes.Contains(tokens[i - 1]))
                tokens[i] = _folder.Combine(Path.GetFileName(token));
            else if (token.StartsWith("../Zapper", StringComparison.Ordinal))
                tokens[i] = Path.Combine(zapper, token["../Zapper".Length..].TrimStart('/'));
            else if (!token.StartsWith('-') && token.Contains('/') && Path.Exists(Path.Combine(Root, token)))
                tokens[i] = Path.Combine(Root, token);
            else if (!token.StartsWith('-') && token.EndsWith(".cs", StringComparison.Ordinal) && File.Exists(Path.Combine(zapper, token)))
                tokens[i] = Path.Combine(zapper, token); // `rcsc show-rewrite Bot.cs`, run inside the bot project
        }

        // Commands that write into the current directory by default write into the temporary folder.
        if (tokens is ["tournament", ..] && !tokens.Contains("--results")) tokens.AddRange(["--results", _folder.Combine("tournament-results.jsonl")]);
        if (tokens is ["rules", "init", ..] && !tokens.Contains("--output")) tokens.AddRange(["--output", _folder.Combine("restricted.rules")]);
        return [.. tokens];
    }

    /// <summary>The README's <c>../Zapper</c>: the template's project as <c>dotnet new lightcycles-bot -n Zapper</c> writes it.</summary>
    private string Zapper()
    {
        var project = _folder.Combine("Zapper");
        if (Directory.Exists(project)) return project;
        Directory.CreateDirectory(project);
        foreach (var file in Directory.GetFiles(Path.Combine(Root, "templates", "RestrictedCSharp.BotTemplate")))
        {
            File.WriteAllText(Path.Combine(project, Path.GetFileName(file).Replace("MyBot", "Zapper", StringComparison.Ordinal)),
                File.ReadAllText(file).Replace("MyBot", "Zapper", StringComparison.Ordinal));
        }
        return project;
    }

    private static IEnumerable<string> Tokenize(string command) =>
        ShellToken().Matches(command).Select(m => m.Groups["single"].Success ? m.Groups["single"].Value : m.Groups["double"].Success ? m.Groups["double"].Value : m.Value);

    private static string Relative(string output) => output.Replace(Root + Path.DirectorySeparatorChar, string.Empty, StringComparison.Ordinal).Replace("\r", string.Empty, StringComparison.Ordinal);

    [GeneratedRegex(@"```sh\n(?<body>.*?)```", RegexOptions.Singleline)]
    private static partial Regex ShellBlock();

    [GeneratedRegex(@"```.*?```", RegexOptions.Singleline)]
    private static partial Regex FencedBlock();

    [GeneratedRegex(@"`(?<code>[^`]+)`")]
    private static partial Regex InlineCode();

    [GeneratedRegex(@"prints exactly these lines, then `(?<tally>[^`]+)`:")]
    private static partial Regex Tally();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"'(?<single>[^']*)'|""(?<double>[^""]*)""|\S+")]
    private static partial Regex ShellToken();
}
