using System.Net;
using System.Net.Http.Json;

namespace RestrictedCSharp.Arena.Tests;

/// <summary>
/// End to end with the real judge: the arena's default, the sandboxed compile worker (a process per submission).
/// A sample bot is accepted and its build stored; a refused one is rejected with its RCX diagnostic; the playground
/// answers the check report. Nothing here uses the test double.
/// </summary>
public sealed class SandboxedJudgeTests : IDisposable
{
    private readonly TempFolder _data = new("arena-sandboxed-");

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task The_sandboxed_worker_judges_submissions_and_checks()
    {
        var alice = await Arena.AddAuthorAsync(_data.Path, "alice");
        // No judge given: the arena's own default, made as rcsc serve makes it.
        await using var arena = new ArenaFactory(_data.Path, configure: o => o with { MatchSlots = 0 }, sandboxed: true);
        var client = arena.ClientFor(alice);

        var accepted = await Arena.SubmitAsync(client, "dice", Arena.SampleBot("random"));
        var refused = await Arena.SubmitAsync(client, "peeker", "using System.IO;\npublic static class Peek { public static string Read() => File.ReadAllText(\"/etc/passwd\"); }\n");
        var good = await Arena.WaitForAsync(client, $"/api/submissions/{accepted}", s => s.GetProperty("status").GetString() is "accepted" or "rejected", seconds: 180);
        good.GetProperty("status").GetString().Should().Be("accepted", good.ToString());
        var bad = await Arena.WaitForAsync(client, $"/api/submissions/{refused}", s => s.GetProperty("status").GetString() is "accepted" or "rejected", seconds: 180);
        bad.GetProperty("status").GetString().Should().Be("rejected");
        bad.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("id").GetString()).Should().Contain(id => id!.StartsWith("RCX"));
        bad.GetProperty("failure").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null, "a refusal is a verdict, not a failure");

        var stored = Directory.EnumerateFiles(Path.Combine(_data.Path, "bots"), "*.dll", SearchOption.AllDirectories).ToList();
        stored.Should().ContainSingle();
        RestrictedCSharp.Artifacts.BotArtifact.Read(stored[0]).Manifest.ContentHash.Should().Be(Path.GetFileNameWithoutExtension(stored[0]));

        var check = await arena.ClientFor(null).PostAsJsonAsync("/api/check", Arena.Submission("using System.IO;\npublic static class Peek { public static string Read() => File.ReadAllText(\"x\"); }\n"));
        check.StatusCode.Should().Be(HttpStatusCode.OK);
        var report = await check.JsonAsync();
        report.GetProperty("accepted").GetBoolean().Should().BeFalse();
        report.GetProperty("diagnostics")[0].GetProperty("id").GetString().Should().StartWith("RCX");
    }
}
