using System.Collections.Immutable;
using System.Runtime.InteropServices;
using RestrictedCSharp.Artifacts;
using RestrictedCSharp.Hosting.Tests.Infrastructure;
using RestrictedCSharp.Protocol;
using RestrictedCSharp.Rules;
using RestrictedCSharp.TestSupport;
using static RestrictedCSharp.Hosting.Tests.Infrastructure.Json;

namespace RestrictedCSharp.Hosting.Tests;

/// <summary>A built bot travels as bytes and manifest: checked where it is received, audited by the host, sent in the load request.</summary>
[Collection(RunnerCollection.Name)]
public sealed class ArtifactLoadingTests(HostFixture fixture)
{
    private const string Adder = "public sealed class Bot { public int Add(int a, int b) => a + b; }";

    private static BotArtifact ArtifactOf(byte[] assembly, string? contentHash = null) => BotArtifact.Create(
        ImmutableCollectionsMarshal.AsImmutableArray(assembly),
        new BotManifest("Bot", contentHash ?? BotArtifact.HashOf(assembly), "source", "rules", HostFixture.Budgets, "test"));

    [Fact]
    public async Task A_bot_sent_as_bytes_loads_and_runs_under_its_manifests_budgets()
    {
        var artifact = ArtifactOf(File.ReadAllBytes(TestBotCompiler.Guarded(Adder)));

        await using var bot = await fixture.Host.StartBotAsync(artifact, new BotHostOptions { LoadTimeoutMs = 10_000, AuditRules = HostFixture.Options.AuditRules });
        var sum = await bot.CallAsync("Add", Args(2, 3));

        bot.Load.Outcome.Should().Be(CallOutcome.Ok, bot.Load.Message);
        sum.Value!.Value.GetInt32().Should().Be(5);
    }

    [Fact]
    public async Task The_runners_sandbox_is_given_no_path_of_the_bots_to_read()
    {
        await using var bot = await fixture.Host.StartBotAsync(ArtifactOf(File.ReadAllBytes(TestBotCompiler.Guarded(Adder))), HostFixture.Options);

        bot.Load.Outcome.Should().Be(CallOutcome.Ok, bot.Load.Message);
        var landlock = bot.Sandbox!.Layers.Single(l => l.Name == "landlock");
        landlock.Active.Should().BeTrue(landlock.Detail);
        landlock.Detail.Should().Contain("0 extra path(s)", "the bot arrives in the load request, not as a file");
    }

    [Fact]
    public async Task A_manifest_does_not_vouch_for_its_bytes_the_hosts_audit_still_refuses_them()
    {
        var artifact = ArtifactOf(File.ReadAllBytes(TestBotCompiler.Plain(TestBots.ReadsFiles)));

        await using var bot = await fixture.Host.StartBotAsync(artifact, HostFixture.Options);

        bot.Load.Outcome.Should().Be(CallOutcome.Rejected);
        bot.AuditFindings.Should().Contain(f => f.Contains("System.IO.File"));
    }

    [Fact]
    public void An_artifact_whose_manifest_names_other_bytes_cannot_be_made()
    {
        var bytes = File.ReadAllBytes(TestBotCompiler.Guarded(Adder));

        var make = () => ArtifactOf(bytes, contentHash: BotArtifact.HashOf([1, 2, 3]));

        make.Should().Throw<InvalidDataException>().Which.Message.Should().Contain("content hash");
    }

    [Fact]
    public async Task A_file_whose_manifest_names_other_bytes_is_refused_before_any_runner_sees_it()
    {
        using var folder = new TempFolder("restrictedcsharp-artifact-");
        var path = Path.Combine(folder.Path, "bot.dll");
        await ArtifactOf(File.ReadAllBytes(TestBotCompiler.Guarded(Adder))).WriteAsync(path);
        File.WriteAllBytes(path, File.ReadAllBytes(TestBotCompiler.Guarded(Adder + " // another build")));

        var start = () => fixture.StartAsync(path);

        (await start.Should().ThrowAsync<InvalidDataException>()).Which.Message.Should().Contain("content hash");
    }

    [Fact]
    public async Task A_bot_too_large_for_one_load_is_rejected_with_the_limit_not_sent()
    {
        var artifact = ArtifactOf(new byte[LoadRequest.MaxImageBytes + 1]);

        await using var bot = await fixture.Host.StartBotAsync(artifact, HostFixture.Options);

        bot.Load.Outcome.Should().Be(CallOutcome.Rejected);
        bot.Load.Message.Should().Contain($"at most {LoadRequest.MaxImageBytes}");
        bot.ProcessId.Should().BeNull();
    }

    [Fact]
    public async Task The_largest_load_fits_the_request_frame_and_a_runner_accepts_it()
    {
        // Not a real assembly: the runner reads the whole frame and answers load-failed, so the limit's arithmetic holds.
        var artifact = ArtifactOf(new byte[LoadRequest.MaxImageBytes]);

        await using var bot = await fixture.Host.StartBotAsync(artifact, HostFixture.Options with { SkipAudit = true, MemoryMb = 512 });

        bot.Load.Outcome.Should().Be(CallOutcome.Rejected, "the runner received the bytes and could not load them");
        bot.Load.Message.Should().Contain("BadImageFormatException");
    }
}
