using System.Net;
using System.Net.Http.Json;
using RestrictedCSharp.Arena.Api;

namespace RestrictedCSharp.Arena.Tests;

/// <summary>
/// A client that sends costly checks one after another cannot hold the judge's workers: one check in flight per
/// client, a bound on checks in all, and submissions judged while a check hangs.
/// </summary>
public sealed class CheckAdmissionTests : IAsyncLifetime
{
    private readonly TempFolder _data = new("arena-checkadmission-");
    private ArenaFactory _arena = null!;
    private string _alice = null!;

    public async Task InitializeAsync()
    {
        _alice = await Arena.AddAuthorAsync(_data.Path, "alice");
        _arena = new ArenaFactory(_data.Path, configure: o => o with { ChecksPerMinute = 1000 });
    }

    public async Task DisposeAsync()
    {
        await _arena.DisposeAsync();
        _data.Dispose();
    }

    [Fact]
    public async Task A_client_has_one_check_in_flight_and_submissions_are_judged_meanwhile()
    {
        var judge = (FakeJudge)_arena.Judge!;
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        judge.CheckGate = gate;
        var client = _arena.ClientFor(null);
        var hanging = client.PostAsJsonAsync("/api/check", Arena.Submission("class B {}"));
        await WaitUntilAsync(() => judge.Requests.Count == 1);

        var second = await client.PostAsJsonAsync("/api/check", Arena.Submission("class C {}"));
        second.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        (await second.JsonAsync()).GetProperty("detail").GetString().Should().Contain("one check at a time");
        judge.Requests.Should().HaveCount(1, "the refused check never reached the judge");

        var owner = _arena.ClientFor(_alice);
        var id = await Arena.SubmitAsync(owner, "steady", Arena.SampleBot("random"));
        var judged = await Arena.WaitForAsync(owner, $"/api/submissions/{id}", s => s.GetProperty("status").GetString() is "accepted" or "rejected");
        judged.GetProperty("status").GetString().Should().Be("accepted");

        gate.SetResult();
        (await hanging).StatusCode.Should().Be(HttpStatusCode.OK);
        (await client.PostAsJsonAsync("/api/check", Arena.Submission("class D {}"))).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public void Checks_together_are_bounded_and_each_admission_is_released_once()
    {
        var admission = new CheckAdmission(_arena.Options with { ChecksAtOnce = 2 });
        var a = admission.TryEnter("10.0.0.1");
        var b = admission.TryEnter("10.0.0.2");
        a.Should().NotBeNull();
        b.Should().NotBeNull();
        admission.TryEnter("10.0.0.3").Should().BeNull("two checks are in flight");
        admission.TryEnter("10.0.0.1").Should().BeNull("that client has one in flight");

        a!.Dispose();
        a.Dispose();
        var c = admission.TryEnter("10.0.0.3");
        c.Should().NotBeNull();
        admission.TryEnter("10.0.0.1").Should().BeNull("disposing twice released one place, not two");
        b!.Dispose();
        admission.TryEnter("10.0.0.1").Should().NotBeNull();
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (!condition()) await Task.Delay(20, timeout.Token);
    }
}
