using System.Text.RegularExpressions;

namespace RestrictedCSharp.Cli.Tests;

/// <summary>
/// <c>rcsc rules explain</c> prints the rule page shipped with rcsc and, for a symbol, the rule in force that decides
/// it; every <c>(preset:NAME:LINE)</c> a page or the README quotes is the line of the preset that holds the rule.
/// </summary>
public sealed partial class RulesExplainTests : IDisposable
{
    private static readonly string Root = MatchSamples.Root;

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("RCX0001")]
    [InlineData("RCX1006")]
    [InlineData("RCX3001")]
    public async Task Explain_prints_the_local_rule_page(string id)
    {
        var page = File.ReadAllText(Path.Combine(Root, "docs", "rules", $"{id}.md")).ReplaceLineEndings("\n");

        var run = await Rcsc.RunAsync("rules", "explain", id.ToLowerInvariant());

        run.ExitCode.Should().Be(ExitCodes.Success, run.ToString());
        var output = run.Stdout.ReplaceLineEndings("\n");
        output.Should().StartWith($"{id}: ");
        output.Should().Contain(page[2..].TrimEnd(), "the whole page, its title heading as the first line");
        output.Should().Contain("## What it reports").And.Contain("## Why");
    }

    [Fact]
    public async Task Explain_with_a_symbol_names_the_deny_rule_in_force_with_its_preset_line()
    {
        var line = PresetLine("bots", "deny  T:System.Console ");

        var run = await Rcsc.RunAsync("rules", "explain", "RCX0001", "--symbol", "M:System.Console.WriteLine(System.String)");

        run.ExitCode.Should().Be(ExitCodes.Success, run.ToString());
        run.Stdout.Should().Contain("## Rule in force (rules: preset:bots)");
        run.Stdout.Should().Contain($"T:System.Console: not allowed: denied by 'deny T:System.Console' (preset:bots:{line}): bots have no console");
    }

    [Fact]
    public async Task Explain_with_a_symbol_uses_the_rules_file_given()
    {
        var rules = _folder.Write("game.rules", "include bots\nallow T:System.Console ; this game captures the console\n");

        var allowed = await Rcsc.RunAsync("rules", "explain", "RCX0001", "--symbol", "T:System.Console", "--rules", rules);
        var unknown = await Rcsc.RunAsync("rules", "explain", "RCX0001", "--symbol", "T:Some.Other.Library.Thing", "--rules", rules);

        allowed.Stdout.Should().Contain($"T:System.Console: allowed by 'allow T:System.Console' ({rules}:2)");
        unknown.Stdout.Should().Contain("T:Some.Other.Library.Thing: not allowed: no rule allows it");
    }

    [Theory]
    [InlineData("System.Console")]
    [InlineData("X:System.Console")]
    public async Task Explain_with_a_symbol_that_is_not_a_documentation_id_exits_2(string symbol)
    {
        var run = await Rcsc.RunAsync("rules", "explain", "RCX0001", "--symbol", symbol);

        run.ExitCode.Should().Be(ExitCodes.UsageOrInput, run.ToString());
        run.Stderr.Trim().Should().StartWith("rcsc: --symbol takes a documentation ID").And.Contain(symbol);
        run.Stdout.Should().BeEmpty();
    }

    [Fact]
    public void Every_preset_line_quoted_in_the_docs_is_the_line_that_holds_the_rule()
    {
        var documents = Directory.EnumerateFiles(Path.Combine(Root, "docs"), "*.md", SearchOption.AllDirectories)
            .Append(Path.Combine(Root, "README.md"));
        var checkedReferences = 0;
        foreach (var document in documents)
        {
            var text = File.ReadAllText(document);
            Reference().Matches(text).Count.Should().Be(QuotedReference().Matches(text).Count,
                $"every (preset:NAME:LINE) in {document} follows the rule it names, so it can be checked");
            foreach (Match quoted in QuotedReference().Matches(text))
            {
                var (directive, preset, line) = (quoted.Groups["directive"].Value, quoted.Groups["preset"].Value, int.Parse(quoted.Groups["line"].Value));
                var lines = File.ReadAllLines(Path.Combine(Root, "analyzers", "RestrictedCSharp.Rules", "Presets", $"{preset}.rules"));
                line.Should().BeInRange(1, lines.Length, $"{document} quotes {quoted.Value}");
                Normalize(lines[line - 1]).Should().StartWith(Normalize(directive) + " ", $"{document} quotes {quoted.Value}");
                checkedReferences++;
            }
        }

        checkedReferences.Should().BePositive("the RCX0001 page quotes one");
    }

    private static int PresetLine(string preset, string start) =>
        Array.FindIndex(File.ReadAllLines(Path.Combine(Root, "analyzers", "RestrictedCSharp.Rules", "Presets", $"{preset}.rules")), l => l.StartsWith(start, StringComparison.Ordinal)) + 1;

    private static string Normalize(string line) => Regex.Replace(line.Trim(), @"\s+", " ");

    [GeneratedRegex(@"\(preset:[a-z]+:\d+\)")]
    private static partial Regex Reference();

    [GeneratedRegex(@"'(?<directive>(?:allow|deny) [^']+)' \(preset:(?<preset>[a-z]+):(?<line>\d+)\)")]
    private static partial Regex QuotedReference();
}
