using System.Text.RegularExpressions;
using Xunit.Abstractions;
using RestrictedCSharp.Compiler.Tests.CorpusSupport;

namespace RestrictedCSharp.Compiler.Tests;

/// <summary>
/// The submission corpus: escape attempts that must each be rejected by the RCX diagnostics their header
/// names (never merely by a compiler error), and ordinary bots that must be accepted without a single
/// diagnostic, all under the default <c>bots</c> preset.
/// </summary>
public class CorpusTests(ITestOutputHelper output)
{
    private const int MinimumEscapes = 60;
    private const int MinimumLegitimate = 20;

    public static TheoryData<string> Escapes() => new(CorpusFile.Names(CorpusFile.EscapesFolder));

    public static TheoryData<string> Legitimate() => new(CorpusFile.Names(CorpusFile.LegitimateFolder));

    [Theory]
    [MemberData(nameof(Escapes))]
    public async Task Escape_is_rejected_by_its_expected_diagnostics(string name)
    {
        var file = CorpusFile.Load(CorpusFile.EscapesFolder, name);
        var expected = file.ExpectedIds;
        expected.Should().NotBeEmpty("{0} starts with '// expect: RCXnnnn'", name);

        var result = await CorpusValidation.ValidateAsync(file);
        output.WriteLine(CorpusValidation.Describe(result));

        var reported = result.Diagnostics.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        expected.Where(id => !reported.Contains(id)).Should().BeEmpty(
            "{0} must be reported with {1}; reported:{2}", name, string.Join(", ", expected), CorpusValidation.Describe(result));
        result.Accepted.Should().BeFalse("{0} is an escape attempt:{1}", name, CorpusValidation.Describe(result));
        result.Diagnostics.Where(d => expected.Contains(d.Id)).Should().OnlyContain(
            d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error && d.Line > 0,
            "an RCX diagnostic is an error with a location, suppressed or not");
    }

    [Theory]
    [MemberData(nameof(Legitimate))]
    public async Task Legitimate_bot_is_accepted_without_diagnostics(string name)
    {
        var file = CorpusFile.Load(CorpusFile.LegitimateFolder, name);
        file.ExpectedIds.Should().BeEmpty("{0} is a legitimate program", name);

        var result = await CorpusValidation.ValidateAsync(file);

        result.Diagnostics.Should().BeEmpty("{0} is an ordinary bot:{1}", name, CorpusValidation.Describe(result));
        result.Accepted.Should().BeTrue();
    }

    [Fact]
    public void Corpus_is_large_enough()
    {
        CorpusFile.Names(CorpusFile.EscapesFolder).Count().Should().BeGreaterThanOrEqualTo(MinimumEscapes);
        CorpusFile.Names(CorpusFile.LegitimateFolder).Count().Should().BeGreaterThanOrEqualTo(MinimumLegitimate);
    }

    [Theory]
    [InlineData(CorpusFile.EscapesFolder)]
    [InlineData(CorpusFile.LegitimateFolder)]
    public void Corpus_files_are_distinct_numbered_and_described(string folder)
    {
        var files = CorpusFile.Names(folder).Select(n => CorpusFile.Load(folder, n)).ToList();
        files.Should().OnlyContain(f => Regex.IsMatch(f.Name, @"^\d{3}-[a-z0-9]+(-[a-z0-9]+)*\.cs$"), "files are named NNN-short-name.cs");
        files.Select(f => f.Name[..3]).Should().OnlyHaveUniqueItems("each file has its own number");
        files.Select(f => f.NormalizedCode).Should().OnlyHaveUniqueItems("each file is a distinct program");
        files.Where(f => f.Description is null).Select(f => f.Name).Should().BeEmpty("each file says what it tries or does");
    }

    [Fact]
    public void Every_expected_id_is_a_known_rcx_diagnostic()
    {
        var known = DiagnosticIds();
        var unknown = CorpusFile.Names(CorpusFile.EscapesFolder)
            .Select(n => CorpusFile.Load(CorpusFile.EscapesFolder, n))
            .SelectMany(f => f.ExpectedIds.Where(id => !known.Contains(id)).Select(id => $"{f.Name}: {id}"));
        unknown.Should().BeEmpty();
    }

    // The documented ID table is the reference for which diagnostics exist.
    private static HashSet<string> DiagnosticIds()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "docs", "DIAGNOSTICS.md")))
        {
            directory = directory.Parent;
        }

        directory.Should().NotBeNull("the tests run inside the repository");
        var table = File.ReadAllText(Path.Combine(directory!.FullName, "docs", "DIAGNOSTICS.md"));
        return Regex.Matches(table, @"^\| (RCX\d{4}) \|", RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
    }
}
