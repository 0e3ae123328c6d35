using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using RestrictedCSharp.Arena.Data;
using RestrictedCSharp.Arena.Workers;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace RestrictedCSharp.Arena.BrowserTests;

/// <summary>
/// The operator page in headless chromium: the workers and the dead letters are drawn from the status, and a worker's
/// name or a job's reason that carries markup is shown as text and never runs.
/// </summary>
public sealed class OperatorPageTests(BrowserArena arena, ITestOutputHelper output) : IClassFixture<BrowserArena>
{
    private const string HostileWorker = "<img src=x onerror=window.pwned=1>";

    private const string HostileReason = "<script>window.pwned=2</script><img src=x onerror=window.pwned=3>";

    [SkippableFact]
    public async Task Workers_and_dead_letters_with_markup_are_shown_as_text()
    {
        Skip.If(BrowserArena.ChromiumPath is null, "chromium is not installed");
        var op = await ArenaAuthors.AddAsync(arena.Server.DataDirectory, "root", isOperator: true);
        // A heartbeat as the endpoint records it (the name is printable ASCII: markup passes the check, as text).
        new WorkerHeartbeatReport(HostileWorker, 8, 3, 12).Problem().Should().BeNull();
        arena.Server.Services.GetRequiredService<WorkerRegistry>().Record(new WorkerHeartbeatReport(HostileWorker, 8, 3, 12)).Should().BeTrue();
        await using (var db = await arena.Server.Services.GetRequiredService<IDbContextFactory<ArenaDb>>().CreateDbContextAsync())
        {
            db.Jobs.Add(new Job { Kind = JobKind.Match, Payload = 424242, State = JobState.Failed, Attempts = 3, LastError = HostileReason, CreatedAt = DateTime.UtcNow, FinishedAt = DateTime.UtcNow });
            await db.SaveChangesAsync();
        }

        var (page, console) = await arena.NewPageAsync();
        await BrowserArena.WithScreenshotOnFailureAsync(page, console, "operator", output, async () =>
        {
            await page.GotoAsync("/operator");
            await page.EvaluateAsync("token => localStorage.setItem('rcsc-arena-token', token)", op);
            await page.ReloadAsync();
            var workers = page.Locator("#workers tbody");
            await Expect(workers).ToContainTextAsync(HostileWorker, new() { Timeout = 60_000 });
            await Expect(page.Locator("#worker-summary")).ToContainTextAsync("1 worker(s) with 8 slots");
            var dead = page.Locator("#dead-letters tbody");
            await Expect(dead).ToContainTextAsync(HostileReason);
            await Expect(dead).ToContainTextAsync("match #424242 (no longer in the store)");
            await Expect(page.Locator("#operator-status img, #operator-status script")).ToHaveCountAsync(0);
            (await page.EvaluateAsync<bool>("() => window.pwned === undefined")).Should().BeTrue("no injected handler ran");
        });
    }
}
