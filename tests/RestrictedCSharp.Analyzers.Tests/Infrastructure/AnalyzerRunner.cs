using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using RestrictedCSharp.Rules;
using RuleSet = RestrictedCSharp.Rules.RuleSet;

namespace RestrictedCSharp.Analyzers.Tests.Infrastructure;

/// <summary>Runs the analyzers on a snippet and compares what they report with the snippet's markup.</summary>
public static class AnalyzerRunner
{
    public static async Task<ImmutableArray<Diagnostic>> RunAsync(
        Compilation compilation, RuleSet? rules = null, IEnumerable<AdditionalText>? additionalFiles = null,
        AnalyzerConfigOptionsProvider? itemMetadata = null)
    {
        var exceptions = new List<Exception>();
        var options = new CompilationWithAnalyzersOptions(
            itemMetadata is null
                ? new AnalyzerOptions(additionalFiles?.ToImmutableArray() ?? ImmutableArray<AdditionalText>.Empty)
                : new AnalyzerOptions(additionalFiles?.ToImmutableArray() ?? ImmutableArray<AdditionalText>.Empty, itemMetadata),
            onAnalyzerException: (e, _, _) => { lock (exceptions) { exceptions.Add(e); } },
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false,
            reportSuppressedDiagnostics: true);
        var diagnostics = await compilation
            .WithAnalyzers(RestrictedAnalyzers.Create(rules), options)
            .GetAnalyzerDiagnosticsAsync();
        exceptions.Should().BeEmpty("analyzers must not throw");
        diagnostics.Where(d => d.Id.StartsWith("AD", StringComparison.Ordinal)).Should().BeEmpty();
        return diagnostics;
    }

    /// <summary>Runs the analyzers (the bots preset unless given) on source that must compile; for tests of messages.</summary>
    public static Task<ImmutableArray<Diagnostic>> RunAsync(string source, RuleSet? rules = null)
    {
        var compilation = TestCompilations.Create(source);
        compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Should().BeEmpty("the snippet must compile");
        return RunAsync(compilation, rules ?? Bots);
    }

    /// <summary>
    /// Asserts that the analyzers report exactly the marked diagnostics, at exactly the marked spans,
    /// on code that compiles without errors.
    /// </summary>
    public static async Task<ImmutableArray<Diagnostic>> VerifyAsync(string markup, RuleSet? rules = null, IEnumerable<AdditionalText>? additionalFiles = null)
    {
        var parsed = Markup.Parse(markup);
        var compilation = TestCompilations.Create(parsed.Source);
        var compilerErrors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        compilerErrors.Should().BeEmpty("the snippet must compile, so that only the analyzers judge it");

        var diagnostics = await RunAsync(compilation, rules ?? Bots, additionalFiles);
        string Describe(string id, Microsoft.CodeAnalysis.Text.TextSpan span) =>
            $"{id} at [{span.Start}..{span.End}) '{parsed.Source.Substring(span.Start, span.Length)}'";
        var expected = parsed.Expected.Select(e => Describe(e.Id, e.Span)).OrderBy(s => s, StringComparer.Ordinal).ToList();
        var actual = diagnostics
            .Where(d => d.Location.IsInSource)
            .Select(d => Describe(d.Id, d.Location.SourceSpan))
            .OrderBy(s => s, StringComparer.Ordinal)
            .ToList();
        if (!expected.SequenceEqual(actual))
        {
            var messages = string.Join(Environment.NewLine, diagnostics.Select(d => $"  {d.Id}: {d.GetMessage()}"));
            throw new Xunit.Sdk.XunitException(
                $"Expected:{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", expected)}{Environment.NewLine}" +
                $"Actual:{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", actual)}{Environment.NewLine}" +
                $"Messages:{Environment.NewLine}{messages}");
        }

        return diagnostics;
    }

    public static RuleSet Bots { get; } = RuleSetLoader.Preset(Presets.Bots);

    public static RuleSet RulesFrom(string text)
    {
        var result = RuleSetLoader.Load(text, "/game/test.rules");
        result.Errors.Should().BeEmpty();
        return result.RuleSet!;
    }
}
