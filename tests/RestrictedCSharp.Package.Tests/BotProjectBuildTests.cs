namespace RestrictedCSharp.Package.Tests;

/// <summary>
/// A bot project that installs the freshly packed package from a local feed, built with
/// <c>dotnet build</c>. Each test is one build (seconds each), so they are few.
/// </summary>
[Collection(PackedPackageCollection.Name)]
public class BotProjectBuildTests
{
    private const string CleanBot = """
        using System;
        using System.Collections.Generic;
        using System.Linq;

        namespace Bot;

        public readonly record struct Move(int X, int Y, int Score);

        public static class Strategy
        {
            public static Move Best(IReadOnlyList<Move> moves)
            {
                var best = moves[0];
                foreach (var move in moves)
                {
                    if (move.Score > best.Score)
                    {
                        best = move;
                    }
                }

                return best;
            }

            public static int Spread(int[] scores) => Math.Max(0, scores.Max() - scores.Min());
        }
        """;

    // Logs to the console, which a game's rules file may allow, and reads a file, which no rules file
    // here allows: the file read is always reported, so a build without it proves the analyzer ran.
    private const string LoggingBot = """
        namespace Bot;

        public static class Strategy
        {
            public static int Best(int[] scores)
            {
                System.Console.WriteLine(scores.Length);
                return scores.Length;
            }

            public static string Spy() => System.IO.File.ReadAllText("/tmp/opponent.txt");
        }
        """;

    private const string AllowConsole = """
        # This game lets bots log to standard output.
        include bots
        allow T:System.Console
        """;

    private readonly PackedPackage _package;

    public BotProjectBuildTests(PackedPackage package) => _package = package;

    [Fact]
    public async Task Banned_calls_fail_the_build_with_RCX_errors_at_the_calls()
    {
        var build = await new BotProject(_package, "LeakyBot", LoggingBot).BuildAsync();

        ReportedLines(build).Should().Equal(new[] { LineOf("Console.WriteLine"), LineOf("File.ReadAllText") }, "{0}", build);
    }

    [Fact]
    public async Task A_clean_bot_builds_without_diagnostics_and_its_output_holds_nothing_from_the_package()
    {
        var bot = new BotProject(_package, "CleanBot", CleanBot);

        var build = await bot.BuildAsync();

        build.Succeeded.Should().BeTrue(build.ToString());
        BotProject.RcxDiagnostics(build).Should().BeEmpty();
        build.Output.Should().NotContainAny(new[] { "warning CS8032", "warning AD0001" }, "the analyzer must load and run cleanly");
        Directory.GetFiles(Path.Combine(bot.Directory, "bin"), "RestrictedCSharp.*", SearchOption.AllDirectories)
            .Should().BeEmpty("the package is a development dependency");
    }

    [Fact]
    public async Task Restricted_rules_in_the_project_folder_is_the_policy()
    {
        var build = await new BotProject(_package, "LoggingBot", LoggingBot)
            .WithFile("restricted.rules", AllowConsole)
            .BuildAsync();

        ReportedLines(build).Should().Equal(new[] { LineOf("File.ReadAllText") }, "the rules file allows the console: {0}", build);
    }

    [Fact]
    public async Task Opting_out_ignores_the_rules_file_and_applies_the_bots_preset()
    {
        var build = await new BotProject(_package, "OptedOutBot", LoggingBot,
                "<RestrictedCSharpUseRulesFile>false</RestrictedCSharpUseRulesFile>")
            .WithFile("restricted.rules", AllowConsole)
            .BuildAsync();

        ReportedLines(build).Should().Equal(new[] { LineOf("Console.WriteLine"), LineOf("File.ReadAllText") }, "{0}", build);
    }

    [Fact]
    public async Task The_rules_file_property_selects_another_file_whose_neighbours_serve_its_includes()
    {
        // The default file would deny the console; the selected one allows it through an include.
        var build = await new BotProject(_package, "PolicyFolderBot", LoggingBot,
                "<RestrictedCSharpRulesFile>policy/restricted.rules</RestrictedCSharpRulesFile>")
            .WithFile("restricted.rules", "include bots\n")
            .WithFile("policy/restricted.rules", "include bots\ninclude console.rules\n")
            .WithFile("policy/console.rules", "allow T:System.Console\n")
            .BuildAsync();

        ReportedLines(build).Should().Equal(new[] { LineOf("File.ReadAllText") }, "the selected rules file allows the console: {0}", build);
    }

    /// <summary>The lines of the logging bot with an RCX error, after checking the build failed on them alone.</summary>
    private static IReadOnlyList<int> ReportedLines(CommandResult build)
    {
        build.Succeeded.Should().BeFalse(build.ToString());
        var diagnostics = BotProject.RcxDiagnostics(build);
        diagnostics.Should().OnlyContain(d => d.Severity == "error" && d.File == BotProject.SourceFile, build.ToString());
        return diagnostics.Select(d => d.Line).Distinct().Order().ToList();
    }

    private static int LineOf(string text) => BotProject.LineOf(LoggingBot, text);
}
