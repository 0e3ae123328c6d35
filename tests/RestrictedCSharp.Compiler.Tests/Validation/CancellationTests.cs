using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace RestrictedCSharp.Compiler.Tests.Validation;

public class CancellationTests
{
    [Fact]
    public async Task A_cancelled_token_stops_validation_before_it_starts()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        var validate = () => Submissions.Bots.ValidateAsync(new[] { new SourceFile("Bot.cs", "class C { }") }, cancelled.Token);

        await validate.Should().ThrowAsync<OperationCanceledException>();
    }

    [Fact]
    public async Task Cancelling_during_analysis_stops_it()
    {
        var validator = new SubmissionValidator(Submissions.BotsWith(string.Empty), null, ImmutableArray.Create<DiagnosticAnalyzer>(new WaitingAnalyzer()));
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var validate = () => validator.ValidateAsync(new[] { new SourceFile("Bot.cs", "class C { }") }, cancellation.Token);

        await validate.Should().ThrowAsync<OperationCanceledException>();
        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(20));
    }

    [Fact]
    public void The_front_door_honours_cancellation()
    {
        using var cancellation = new CancellationTokenSource();
        var files = Enumerable.Range(0, 50).Select(i => new SourceFile($"F{i}.cs", new string(' ', 10_000))).ToArray();
        cancellation.Cancel();

        var check = () => new FrontDoor(Submissions.BotsWith(string.Empty)).Check(files, cancellation.Token);

        check.Should().Throw<OperationCanceledException>();
    }

    /// <summary>An analyzer that only finishes when analysis is cancelled (or after a minute).</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    private sealed class WaitingAnalyzer : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Never = new("TST0001", "never", "never", "Test", DiagnosticSeverity.Error, true);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Never);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationAction(c =>
            {
                c.CancellationToken.WaitHandle.WaitOne(TimeSpan.FromMinutes(1));
                c.CancellationToken.ThrowIfCancellationRequested();
            });
        }
    }
}
