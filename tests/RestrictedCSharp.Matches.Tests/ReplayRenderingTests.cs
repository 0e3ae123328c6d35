using Xunit.Abstractions;
using RestrictedCSharp.Matches.Replay;
using RestrictedCSharp.Matches.Tests.Infrastructure;

namespace RestrictedCSharp.Matches.Tests;

/// <summary>The replay page opened by a real browser, with no network, draws the board.</summary>
[Collection(MatchCollection.Name)]
public sealed class ReplayRenderingTests(MatchFixture fixture, ITestOutputHelper output) : IDisposable
{
    private readonly string _page = Path.Combine(Path.GetTempPath(), $"replay-{Guid.NewGuid():N}.html");

    public void Dispose() => File.Delete(_page);

    [SkippableFact]
    public async Task Headless_chromium_renders_the_board_with_every_players_colour()
    {
        if (HeadlessChromium.Path is null)
        {
            output.WriteLine("chromium is not installed (apt-get install chromium; .ci/run installs it): the rendering test is skipped");
            Skip.If(true, "chromium is not installed");
        }

        var bots = new[] { await fixture.BotAsync(Repository.SampleBot("floodfill")), await fixture.BotAsync(Repository.SampleBot("wallfollower")) };
        var result = await fixture.PlayAsync(bots, fixture.Options(seed: 5, size: 16));
        var html = LightCyclesMatch.Replay(result);
        html.Should().NotContainAny("http://", "https://", "src=", "<link", "@import");
        await File.WriteAllTextAsync(_page, html);

        var png = Png.Decode(await HeadlessChromium.ScreenshotAsync(_page, "#end", 1000, 700));

        var background = png[png.Width - 2, png.Height - 2];
        var colours = new HashSet<int>();
        int cyan = 0, orange = 0, other = 0;
        for (var y = 0; y < png.Height; y++)
        {
            for (var x = 0; x < png.Width; x++)
            {
                var (r, g, b) = png[x, y];
                colours.Add(r << 16 | g << 8 | b);
                if (Near((r, g, b), (0x00, 0xe5, 0xff))) cyan++;
                else if (Near((r, g, b), (0xff, 0x91, 0x00))) orange++;
                else if ((r, g, b) != background) other++;
            }
        }
        output.WriteLine($"{png.Width}x{png.Height}: {colours.Count} colours, {cyan} cyan and {orange} orange head pixels, {other} other non-background pixels");

        colours.Count.Should().BeGreaterThan(10, "a blank page has one or two colours");
        cyan.Should().BeGreaterThan(20, "player 1's head is drawn in cyan");
        orange.Should().BeGreaterThan(20, "player 2's head is drawn in orange");
        other.Should().BeGreaterThan(png.Width * png.Height / 20, "trails, grid and the stats table cover much of the page");
    }

    private static bool Near((byte R, byte G, byte B) pixel, (int R, int G, int B) colour) =>
        Math.Abs(pixel.R - colour.R) <= 8 && Math.Abs(pixel.G - colour.G) <= 8 && Math.Abs(pixel.B - colour.B) <= 8;
}
