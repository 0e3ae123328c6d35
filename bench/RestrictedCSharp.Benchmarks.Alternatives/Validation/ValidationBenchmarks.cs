using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using RestrictedCSharp.Benchmarks.Alternatives.Workloads;
using RestrictedCSharp.Compiler;
using RestrictedCSharp.Rules;
using RuleSet = RestrictedCSharp.Rules.RuleSet;

namespace RestrictedCSharp.Benchmarks.Alternatives.Validation;

/// <summary>
/// Warm, in-process validation of generated bots of three sizes: <c>Check</c> (SubmissionValidator) and
/// <c>Build</c> (BotBuilder), against a plain Roslyn compile of the same source with the same parse
/// options, references and nullable context (no analyzer; diagnostics only, or emitted), and against that compile carrying
/// BannedApiAnalyzers. The baseline is the plain compile, so Ratio is each toolchain's cost over it.
/// </summary>
// Warm means a validation service's steady state: Roslyn's own code needs tens of compiles to reach
// its optimized tier (one warm-up iteration measured the 1,000-line Check at about twice its steady time).
[SimpleJob(launchCount: 1, warmupCount: 10, iterationCount: 7)]
[MedianColumn]
[MemoryDiagnoser]
public class ValidationBenchmarks
{
    private static readonly RuleSet Bots = RuleSetLoader.Preset(Presets.Bots);
    private readonly SubmissionValidator _validator = new(Bots);
    private readonly BotBuilder _builder = new(Bots);
    private IReadOnlyList<SourceFile> _sources = null!;

    [Params(100, 1_000, 10_000)]
    public int Lines { get; set; }

    [GlobalSetup(Targets = [nameof(PlainCompile), nameof(PlainEmit)])]
    public void Setup()
    {
        _sources = [new SourceFile("GeneratedBot.cs", BotSourceGenerator.Generate(Lines))];
        var errors = PlainCompile().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0) throw new InvalidOperationException("The plain compile failed: " + errors[0]);
    }

    // Each setup checks the outcome of the benchmark it prepares: the work measured is the work of an accepted bot.
    [GlobalSetup(Target = nameof(PlainCompileWithBannedApi))]
    public void SetupBannedApi()
    {
        Setup();
        var reported = PlainCompileWithBannedApi().GetAwaiter().GetResult()
            .FirstOrDefault(d => d.Id.StartsWith("RS", StringComparison.Ordinal) || d.Id.StartsWith("AD", StringComparison.Ordinal));
        if (reported is not null) throw new InvalidOperationException("BannedApiAnalyzers reported on the generated bot: " + reported);
    }

    [GlobalSetup(Target = nameof(Check))]
    public void SetupCheck()
    {
        Setup();
        var check = Check().GetAwaiter().GetResult();
        if (!check.Accepted)
            throw new InvalidOperationException("The generated bot was refused: " + string.Join("; ", check.Diagnostics.Select(d => $"{d.Line}: {d.Id} {d.Message}")));
    }

    [GlobalSetup(Target = nameof(Build))]
    public void SetupBuild()
    {
        Setup();
        if (!Build().GetAwaiter().GetResult().Succeeded) throw new InvalidOperationException("The generated bot did not build.");
    }

    [Benchmark(Baseline = true, Description = "plain compile (diagnostics)")]
    public ImmutableArray<Diagnostic> PlainCompile() => Compilation().GetDiagnostics();

    [Benchmark(Description = "plain compile + BannedApiAnalyzers")]
    public Task<ImmutableArray<Diagnostic>> PlainCompileWithBannedApi()
    {
        var compilation = Compilation();
        var options = new CompilationWithAnalyzersOptions(
            BannedApiComparison.Options(compilation), onAnalyzerException: null, concurrentAnalysis: true, logAnalyzerExecutionTime: false);
        return compilation.WithAnalyzers(BannedApiComparison.Analyzers, options).GetAllDiagnosticsAsync();
    }

    [Benchmark(Description = "Check (SubmissionValidator)")]
    public Task<ValidationResult> Check() => _validator.ValidateAsync(_sources);

    [Benchmark(Description = "plain compile + emit")]
    public bool PlainEmit() => Compilation().Emit(Stream.Null).Success;

    [Benchmark(Description = "Build (BotBuilder)")]
    public Task<BuildResult> Build() => _builder.BuildAsync(_sources);

    /// <summary>Parsed afresh each time, as validation parses each submission: C# 12, no symbols, the fixed references, nullable annotations unchecked.</summary>
    private CSharpCompilation Compilation() => CSharpCompilation.Create(
        "Plain",
        _sources.Select(s => CSharpSyntaxTree.ParseText(s.Text, ParseOptions, s.Path)),
        PlainCompilation.References,
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, optimizationLevel: OptimizationLevel.Release,
            deterministic: true, nullableContextOptions: NullableContextOptions.Annotations));

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp12, DocumentationMode.None);
}
