using System.Collections.Concurrent;
using System.Collections.Immutable;
using RestrictedCSharp.Rules;

namespace RestrictedCSharp.Compiler.Tests.Agreement;

/// <summary>What <c>check</c> (validation) and <c>build</c> (validation, guards, emit, audit) each say about one source.</summary>
public sealed record AgreementVerdicts(bool CheckAccepted, string CheckDiagnostics, bool BuildAccepted, string BuildDiagnostics)
{
    private static readonly ConcurrentDictionary<string, BotBuilder> Builders = new(StringComparer.Ordinal);

    public static BotBuilder Builder(string rules) => Builders.GetOrAdd(rules, text =>
    {
        var loaded = RuleSetLoader.Load(text, "/game/restricted.rules");
        return new BotBuilder(loaded.RuleSet ?? throw new InvalidOperationException(string.Join("; ", loaded.Errors)));
    });

    public static async Task<AgreementVerdicts> JudgeAsync(string source, string rules)
    {
        var loaded = RuleSetLoader.Load(rules, "/game/restricted.rules");
        var files = new[] { new SourceFile("Bot.cs", AgreementSources.All[source]) };
        var check = await new SubmissionValidator(loaded.RuleSet!).ValidateAsync(files);
        var build = await Builder(rules).BuildAsync(files);
        return new AgreementVerdicts(check.Accepted, Describe(check.Diagnostics), build.Succeeded, Describe(build.Diagnostics));
    }

    public static string Describe(ImmutableArray<SubmissionDiagnostic> diagnostics) =>
        diagnostics.IsEmpty ? " (no diagnostics)" : string.Concat(diagnostics.Select(d => "\n  " + d));
}
