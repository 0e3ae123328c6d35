using System.Text.Json;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace RestrictedCSharp.Arena.BrowserTests;

/// <summary>
/// The playground (/play) in headless chromium against a real arena: an author sees an RCX diagnostic inline as
/// they type, fixes it, submits, and follows the bot to its placement matches, the leaderboard and a replay; and
/// whatever an author or a bot wrote reaches the page as text.
/// </summary>
public sealed class PlaygroundTests(BrowserArena arena, ITestOutputHelper output) : IClassFixture<BrowserArena>
{
    /// <summary>Judging runs a cold compiler in a fresh sandboxed process; on a loaded machine a check takes seconds.</summary>
    private static readonly LocatorAssertionsToBeVisibleOptions Judged = new() { Timeout = 120_000 };

    private const string Injected = "<img src=x onerror=window.pwned=1>";

    [SkippableFact]
    public async Task An_author_sees_an_RCX_diagnostic_inline_fixes_it_submits_and_watches_the_bot_play()
    {
        Skip.If(BrowserArena.ChromiumPath is null, "chromium is not installed");
        var server = arena.Server;
        // Two rivals, so that the new bot's placement matches have opponents.
        var rivals = server.ClientFor(await server.AddAuthorAsync("rivals"));
        var firstRival = await ArenaServer.SubmitAsync(rivals, "dice", "RandomBot.cs", Sample("random"));
        var secondRival = await ArenaServer.SubmitAsync(rivals, "hugger", "WallFollowerBot.cs", Sample("wallfollower"));
        var token = await server.AddAuthorAsync("player");

        var (page, console) = await arena.NewPageAsync();
        await BrowserArena.WithScreenshotOnFailureAsync(page, console, "flow", output, async () =>
        {
            await page.GotoAsync("/play");
            var editor = page.Locator(".CodeMirror");
            // The first hosted game's sample is the start; another game's replaces it while it is untouched.
            await Expect(editor).ToContainTextAsync("ConnectFour.Api");
            await page.SelectOptionAsync("#play-game", "lightcycles");
            await Expect(editor).ToContainTextAsync("LightCycles.Api");
            await Expect(page.Locator("#play-check")).ToContainTextAsync("Accepted", new() { Timeout = 120_000 });

            // An RCX violation: the file system.
            var clean = await EditorTextAsync(page);
            var lines = clean.Split('\n').ToList();
            var move = lines.FindIndex(l => l.Contains("Move(", StringComparison.Ordinal));
            move.Should().BeGreaterThan(0, "the sample has a Move method");
            var violationLine = lines.FindIndex(move, l => l.Trim() == "{") + 1;
            lines.Insert(violationLine, "        var peek = System.IO.File.ReadAllText(\"/etc/hostname\");");
            var violating = string.Join('\n', lines);
            await SetEditorTextAsync(page, violating);

            var rcx = page.Locator("#play-diagnostics li", new() { HasText = "RCX" }).First;
            await Expect(rcx).ToBeVisibleAsync(Judged);
            // Inline: a marked span on the offending line and a marker in the gutter.
            await Expect(page.Locator(".CodeMirror-line:has(.CodeMirror-lint-mark-error)").First).ToContainTextAsync("ReadAllText");
            await Expect(page.Locator(".CodeMirror-lint-marker-error").First).ToBeVisibleAsync();
            // Clicking the diagnostic puts the cursor on it.
            await rcx.ClickAsync();
            (await page.EvaluateAsync<int>("() => document.querySelector('.CodeMirror').CodeMirror.getCursor().line")).Should().Be(violationLine);

            // Fixed: the diagnostic and the inline marks go away.
            await SetEditorTextAsync(page, clean);
            await Expect(page.Locator("#play-diagnostics li", new() { HasText = "RCX" })).ToHaveCountAsync(0, new() { Timeout = 120_000 });
            await Expect(page.Locator(".CodeMirror-lint-mark-error")).ToHaveCountAsync(0);
            await Expect(page.Locator("#play-check")).ToContainTextAsync("Accepted", new() { Timeout = 120_000 });

            foreach (var rival in new[] { firstRival, secondRival })
            {
                var judged = await ArenaServer.WaitForAsync(rivals, $"/api/submissions/{rival}", s => s.GetProperty("status").GetString() is "accepted" or "rejected", seconds: 180);
                judged.GetProperty("status").GetString().Should().Be("accepted", judged.ToString());
            }

            // Submitted with a pasted token (no sign-in in this browser yet).
            await Expect(page.Locator("#play-token")).ToBeVisibleAsync();
            await page.FillAsync("#play-token", token);
            await page.FillAsync("#play-name", "glider");
            await page.ClickAsync("#play-submit");
            await Expect(page.Locator("#play-submission-status")).ToHaveAttributeAsync("data-status", "accepted", new() { Timeout = 180_000 });
            await Expect(page.Locator("#play-bot-link")).ToHaveAttributeAsync("href", "/bots/glider");
            (await page.EvaluateAsync<string>("() => Arena.token()")).Should().Be(token, "the pasted token is kept for the next submission");

            // Its placement matches, played.
            await Expect(page.Locator("#play-matches li[data-status=finished]")).ToHaveCountAsync(2, new() { Timeout = 180_000 });
            await Expect(page.Locator("#play-matches li")).ToHaveCountAsync(2);

            // On the leaderboard page, and from there its bot page, which lists the match the playground listed.
            var leaderboard = await page.APIRequest.GetAsync("/api/leaderboard?game=lightcycles");
            leaderboard.Status.Should().Be(200);
            var rows = JsonDocument.Parse(await leaderboard.TextAsync()).RootElement.EnumerateArray().ToList();
            rows.Should().Contain(r => r.GetProperty("bot").GetString() == "glider" && r.GetProperty("played").GetInt32() >= 2);
            var href = await page.Locator("#play-matches li a").First.GetAttributeAsync("href");
            href.Should().MatchRegex("^/matches/[0-9]+$");
            await page.GotoAsync("/?game=lightcycles");
            var botLink = page.Locator("table a[href=\"/bots/glider\"]");
            await Expect(botLink).ToHaveTextAsync("glider");
            await botLink.ClickAsync();
            await page.WaitForURLAsync("**/bots/glider");

            // A replay, from the bot page's matches.
            var matchLink = page.Locator($"a[href=\"{href}\"]").First;
            var opened = await page.RunAndWaitForResponseAsync(() => matchLink.ClickAsync(), r => r.Url.EndsWith(href!, StringComparison.Ordinal));
            opened.Status.Should().Be(200);
            await page.WaitForURLAsync("**" + href);
            // The arena's match page: the replay in a sandboxed frame, drawn by the game's page.
            await Expect(page.Locator($"iframe#replay[src=\"{href}/replay\"]")).ToHaveAttributeAsync("sandbox", "allow-scripts");
            await Expect(page.FrameLocator("iframe#replay").Locator("#title")).ToContainTextAsync("glider", new() { Timeout = 30_000 });
            var match = await page.APIRequest.GetAsync("/api" + href);
            var record = JsonDocument.Parse(await match.TextAsync()).RootElement;
            record.GetProperty("status").GetString().Should().Be("finished");
            record.GetProperty("bots").EnumerateArray().Select(s => s.GetProperty("bot").GetString()).Should().Contain("glider");

            lock (console) console.Should().NotContain(m => m.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase) || m.StartsWith("pageerror", StringComparison.Ordinal));
        });
    }

    [SkippableFact]
    public async Task Markup_in_a_diagnostic_and_in_a_bot_name_is_shown_as_text_and_never_runs()
    {
        Skip.If(BrowserArena.ChromiumPath is null, "chromium is not installed");
        var token = await arena.Server.AddAuthorAsync("mallory");

        var (page, console) = await arena.NewPageAsync();
        await BrowserArena.WithScreenshotOnFailureAsync(page, console, "markup", output, async () =>
        {
            await page.GotoAsync("/play");
            await Expect(page.Locator(".CodeMirror")).ToContainTextAsync("ConnectFour.Api");
            // The compiler quotes an #error directive's text in its message: the judge's diagnostic carries the markup.
            await SetEditorTextAsync(page, $"#error {Injected}\n" + await EditorTextAsync(page));

            var quoted = page.Locator("#play-diagnostics li .message", new() { HasText = Injected });
            await Expect(quoted.First).ToBeVisibleAsync(Judged);
            await Expect(page.Locator("#play-diagnostics img")).ToHaveCountAsync(0);
            // Inline: the mark's tooltip holds the message as text.
            await page.Locator(".CodeMirror-lint-mark-error").First.HoverAsync();
            var tooltip = page.Locator(".CodeMirror-lint-tooltip").First;
            await Expect(tooltip).ToContainTextAsync(Injected);
            await Expect(page.Locator(".CodeMirror-lint-tooltip img, .CodeMirror img")).ToHaveCountAsync(0);

            // A bot name that tries markup: refused (400), the refusal shown as text.
            await page.FillAsync("#play-token", token);
            await page.FillAsync("#play-name", "<img src=x onerror=window.pwned=2>");
            await page.ClickAsync("#play-submit");
            await Expect(page.Locator("#play-submission")).ToContainTextAsync("(400)");
            await Expect(page.Locator("#play-submission")).ToContainTextAsync("is not a bot name");
            await Expect(page.Locator("#play-submission img")).ToHaveCountAsync(0);

            (await page.EvaluateAsync<bool>("() => window.pwned === undefined")).Should().BeTrue("no injected handler ran");
        });
    }

    [SkippableFact]
    public async Task A_refused_check_shows_its_problem_detail_and_the_page_keeps_working()
    {
        Skip.If(BrowserArena.ChromiumPath is null, "chromium is not installed");
        var (page, console) = await arena.NewPageAsync();
        var calls = 0;
        // The arena's own limit is 30 checks a minute per client; this test answers as the limiter does.
        await page.RouteAsync("**/api/check", route =>
        {
            Interlocked.Increment(ref calls);
            return route.FulfillAsync(new RouteFulfillOptions
            {
                Status = 429,
                ContentType = "application/problem+json",
                Body = """{"type":"https://tools.ietf.org/html/rfc6585#section-4","title":"Too many requests","status":429,"detail":"at most 30 checks a minute per client"}""",
            });
        });
        await BrowserArena.WithScreenshotOnFailureAsync(page, console, "refused-check", output, async () =>
        {
            await page.GotoAsync("/play");
            await Expect(page.Locator("#play-check")).ToContainTextAsync("Too many requests (429): at most 30 checks a minute per client");
            await Expect(page.Locator("#play-check")).ToHaveClassAsync("play-status warning");
            calls.Should().BeGreaterThan(0);
        });
    }

    [SkippableFact]
    public async Task Checks_never_overlap_and_only_the_newest_text_is_reported()
    {
        Skip.If(BrowserArena.ChromiumPath is null, "chromium is not installed");
        var (page, console) = await arena.NewPageAsync();
        var open = 0;
        var most = 0;
        var checkedTexts = new List<string>();
        // A slow judge: each check answers after 1.5 s with a diagnostic naming the text's last line.
        await page.RouteAsync("**/api/check", async route =>
        {
            var now = Interlocked.Increment(ref open);
            lock (checkedTexts) most = Math.Max(most, now);
            var text = JsonDocument.Parse(route.Request.PostData!).RootElement.GetProperty("files")[0].GetProperty("text").GetString()!;
            var last = text.TrimEnd('\n').Split('\n')[^1];
            lock (checkedTexts) checkedTexts.Add(last);
            await Task.Delay(1500);
            Interlocked.Decrement(ref open);
            var report = JsonSerializer.Serialize(new
            {
                accepted = false,
                diagnostics = new[] { new { id = "RCX9999", severity = "error", message = "last line: " + last, file = "Bot.cs", line = 1, column = 1, endLine = 1, endColumn = 2, suppressed = false, helpUri = (string?)null, otherUses = 0 } },
            });
            await route.FulfillAsync(new RouteFulfillOptions { Status = 200, ContentType = "application/json", Body = report });
        });
        await BrowserArena.WithScreenshotOnFailureAsync(page, console, "one-check-at-a-time", output, async () =>
        {
            await page.GotoAsync("/play");
            await Expect(page.Locator("#play-check")).ToHaveTextAsync("checking…");
            var sample = await EditorTextAsync(page);
            foreach (var edit in new[] { "// first", "// second", "// third" })
            {
                await SetEditorTextAsync(page, sample + edit + "\n");
                await Task.Delay(1200);
            }
            await Expect(page.Locator("#play-diagnostics li .message")).ToHaveTextAsync("last line: // third", new() { Timeout = 30_000 });
            await Expect(page.Locator("#play-check")).ToContainTextAsync("Refused: 1 error");
            lock (checkedTexts)
            {
                most.Should().Be(1, $"a check waits for the one in flight; checked: {string.Join(" | ", checkedTexts)}");
                checkedTexts[^1].Should().Be("// third");
            }
        });
    }

    [Fact]
    public async Task The_page_and_the_samples_are_served_under_the_arenas_policy()
    {
        var client = arena.Server.ClientFor(null);
        var page = await client.GetAsync("/play");
        page.StatusCode.Should().Be(System.Net.HttpStatusCode.OK);
        page.Headers.GetValues("Content-Security-Policy").Should().Equal(Web.HtmlPage.ContentSecurityPolicy);
        var html = await page.Content.ReadAsStringAsync();
        html.Should().Contain("<option value=\"lightcycles\">").And.Contain("/assets/codemirror/codemirror.js").And.Contain("/assets/play.js");

        foreach (var asset in new[] { "codemirror/codemirror.js", "codemirror/clike.js", "codemirror/lint.js", "codemirror/codemirror.css", "codemirror/lint.css", "play.js", "play.css" })
        {
            (await client.GetAsync("/assets/" + asset)).StatusCode.Should().Be(System.Net.HttpStatusCode.OK, asset);
        }

        var sample = await ArenaServer.JsonAsync(await client.GetAsync("/api/games/connectfour/sample"));
        sample.GetProperty("game").GetString().Should().Be("connectfour");
        sample.GetProperty("file").GetString().Should().EndWith(".cs");
        sample.GetProperty("text").GetString().Should().Contain("ConnectFour.Api");

        var openApi = await (await client.GetAsync("/openapi/v1.json")).Content.ReadAsStringAsync();
        openApi.Should().Contain("/api/games/{game}/sample").And.NotContain("\"/play\"");

        var unknown = await client.GetAsync("/api/games/%3Cscript%3E/sample");
        unknown.StatusCode.Should().Be(System.Net.HttpStatusCode.NotFound);
        unknown.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
    }

    private static Task<string> EditorTextAsync(IPage page) =>
        page.EvaluateAsync<string>("() => document.querySelector('.CodeMirror').CodeMirror.getValue()");

    // Through the editor's own API: the same change events as typing, without the editor's auto-indentation.
    private static Task SetEditorTextAsync(IPage page, string text) =>
        page.EvaluateAsync("text => document.querySelector('.CodeMirror').CodeMirror.setValue(text)", text);

    private static string Sample(string name) =>
        File.ReadAllText(Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, "samples", "LightCycles", "bots", name), "*.cs").Single());
}
