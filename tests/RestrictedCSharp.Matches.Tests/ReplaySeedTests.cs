using System.Text.Json;
using Xunit.Abstractions;
using RestrictedCSharp.Matches.Results;
using RestrictedCSharp.Matches.Tests.Infrastructure;

namespace RestrictedCSharp.Matches.Tests;

/// <summary>A 64-bit seed reaches the replay page exactly: copying it from the page reproduces the match.</summary>
[Collection(MatchCollection.Name)]
public sealed class ReplaySeedTests(MatchFixture fixture, ITestOutputHelper output) : IDisposable
{
    // Above 2^53: a double would show it as 13757245211066430000.
    private const ulong Seed = 13757245211066428519UL;

    private readonly string _page = Path.Combine(Path.GetTempPath(), $"replay-seed-{Guid.NewGuid():N}.html");

    public void Dispose() => File.Delete(_page);

    [Fact]
    public async Task The_records_seed_is_a_decimal_string_in_the_replay_and_the_summary()
    {
        var result = await PlayAsync();

        foreach (var json in new[] { MatchJson.Replay(result), MatchJson.Summary(result, includeWallClock: false) })
        {
            using var document = JsonDocument.Parse(json);
            var seed = document.RootElement.GetProperty("seed");
            seed.ValueKind.Should().Be(JsonValueKind.String);
            seed.GetString().Should().Be("13757245211066428519");
        }
        LightCyclesMatch.Replay(result).Should().Contain("\"seed\":\"13757245211066428519\"");
    }

    [SkippableFact]
    public async Task The_page_shows_the_seed_exactly()
    {
        if (HeadlessChromium.Path is null)
        {
            output.WriteLine("chromium is not installed (apt-get install chromium; .ci/run installs it): the page test is skipped");
            Skip.If(true, "chromium is not installed");
        }

        await File.WriteAllTextAsync(_page, LightCyclesMatch.Replay(await PlayAsync()));
        var dom = await HeadlessChromium.DumpDomAsync(_page, "#end");

        dom.Should().Contain("seed 13757245211066428519,").And.NotContain("13757245211066430000");
    }

    private async Task<MatchResult> PlayAsync()
    {
        var bots = new[] { await fixture.BotAsync(Repository.SampleBot("floodfill")), await fixture.BotAsync(Repository.SampleBot("wallfollower")) };
        return await fixture.PlayAsync(bots, fixture.Options(seed: Seed, size: 10, maxTurns: 40));
    }
}
