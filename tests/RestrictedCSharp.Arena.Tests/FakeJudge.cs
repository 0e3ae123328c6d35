using System.Collections.Concurrent;
using RestrictedCSharp.Compiler;
using RestrictedCSharp.Judging;
using RestrictedCSharp.Matches.Registry;

namespace RestrictedCSharp.Arena.Tests;

/// <summary>
/// A judge for API tests, standing in for the sandboxed worker: a submission whose text contains <see cref="RejectMarker"/>
/// is rejected with an RCX diagnostic; any other is accepted, and built in this test process (once per text) so that
/// the ladder has real bots to play. The arena itself never compiles: this double exists only in the tests.
/// </summary>
internal sealed class FakeJudge : ISubmissionJudge
{
    public const string RejectMarker = "// reject me";

    public const string RejectedReport = """{"accepted": false, "diagnostics": [{"id": "RCX0001", "severity": "error", "message": "refused by the test judge", "file": "Bot.cs", "line": 1, "column": 1, "endLine": 1, "endColumn": 2, "suppressed": false, "helpUri": null, "otherUses": 0}]}""";

    private const string AcceptedReport = """{"accepted": true, "diagnostics": []}""";

    private static readonly ConcurrentDictionary<string, Lazy<Task<Judgement>>> Builds = new(StringComparer.Ordinal);

    private int _calls;

    public int Calls => Volatile.Read(ref _calls);

    public ConcurrentQueue<JudgeRequest> Requests { get; } = new();

    /// <summary>When set, checks wait for it before they are answered (a check that takes long); builds do not.</summary>
    public TaskCompletionSource? CheckGate { get; set; }

    public Task<Judgement> JudgeAsync(JudgeRequest request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _calls);
        Requests.Enqueue(request);
        if (request.Files.Any(f => f.Text.Contains(RejectMarker, StringComparison.Ordinal)))
            return Task.FromResult(new Judgement(JudgeVerdict.Rejected, RejectedReport, null, null));
        if (request.Mode == JudgeMode.Check) return CheckAsync(cancellationToken);
        var key = request.Game + "\n" + string.Join("\n", request.Files.Select(f => f.Name + "\n" + f.Text));
        return Builds.GetOrAdd(key, _ => new Lazy<Task<Judgement>>(() => BuildAsync(request))).Value;
    }

    private async Task<Judgement> CheckAsync(CancellationToken cancellationToken)
    {
        if (CheckGate is { } gate) await gate.Task.WaitAsync(cancellationToken);
        return new Judgement(JudgeVerdict.Accepted, AcceptedReport, null, null);
    }

    private static async Task<Judgement> BuildAsync(JudgeRequest request)
    {
        var game = GameRegistry.Find().Get(request.Game);
        var rules = RulesFiles.Load(game.RulesPath).Rules!;
        var builder = new BotBuilder(rules, [game.ApiAssemblyPath]);
        var result = await builder.BuildAsync([.. request.Files.Select(f => new SourceFile(f.Name, f.Text))]);
        return result.Succeeded
            ? new Judgement(JudgeVerdict.Accepted, AcceptedReport, result.Bot!.Artifact, null)
            : new Judgement(JudgeVerdict.Rejected, RejectedReport, null, null);
    }
}
