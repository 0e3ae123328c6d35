using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace RestrictedCSharp.Compiler.Tests.Validation;

/// <summary>Analysis that crashed did not happen: the submission is rejected (fail closed).</summary>
public class AnalyzerFailureTests
{
    [Fact]
    public async Task An_analyzer_crash_rejects_the_submission()
    {
        var validator = new SubmissionValidator(Submissions.BotsWith(string.Empty), null, ImmutableArray.Create<DiagnosticAnalyzer>(new ThrowingAnalyzer()));

        var result = await validator.ValidateAsync(new[] { new SourceFile("Bot.cs", "public static class Bot { }") });

        result.Accepted.Should().BeFalse();
        result.Diagnostics.Should().Contain(d => d.Id == "AD0001" && d.Severity == DiagnosticSeverity.Error);
    }

    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    private sealed class ThrowingAnalyzer : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Never = new("TST0002", "never", "never", "Test", DiagnosticSeverity.Error, true);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Never);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterSyntaxTreeAction(_ => throw new InvalidOperationException("analyzer bug"));
        }
    }
}
