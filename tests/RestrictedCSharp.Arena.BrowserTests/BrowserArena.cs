using Microsoft.Playwright;
using Xunit.Abstractions;

namespace RestrictedCSharp.Arena.BrowserTests;

/// <summary>
/// One arena and one headless chromium (Debian's, driven by Playwright's driver from its package: nothing is
/// downloaded) shared by a class's tests. The browser reaches nothing but 127.0.0.1: every host name resolves to
/// nothing and every other connection goes to a closed proxy.
/// </summary>
public sealed class BrowserArena : IAsyncLifetime
{
    private static readonly string[] Candidates = ["/usr/lib/chromium/chromium", "/usr/bin/chromium", "/usr/bin/chromium-browser"];

    private IPlaywright? _playwright;

    /// <summary>The chromium executable, or null when none is installed (the tests report themselves skipped).</summary>
    public static string? ChromiumPath { get; } = Candidates.FirstOrDefault(File.Exists);

    public ArenaServer Server { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Server = await ArenaServer.StartAsync();
        if (ChromiumPath is null) return;
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Timeout = 60_000,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
                "--disable-background-networking", "--disable-sync", "--disable-default-apps",
                // Chromium bypasses a proxy for loopback by default: 127.0.0.1 is reached, nothing else.
                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1", "--proxy-server=127.0.0.1:9",
            ],
        });
    }

    /// <summary>A fresh page (its own storage) on the arena, with every wait bounded and the page's console kept.</summary>
    public async Task<(IPage Page, List<string> Console)> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = Server.Address.ToString() });
        context.SetDefaultTimeout(30_000);
        context.SetDefaultNavigationTimeout(30_000);
        var page = await context.NewPageAsync();
        var console = new List<string>();
        page.Console += (_, message) => { lock (console) console.Add($"{message.Type}: {message.Text}"); };
        page.PageError += (_, error) => { lock (console) console.Add($"pageerror: {error}"); };
        return (page, console);
    }

    /// <summary>
    /// Runs <paramref name="test"/>; when it fails, a screenshot of the page goes to the test's output folder
    /// (browser-failures/NAME.png beside the test assembly) with the page's console, and the failure is thrown on.
    /// </summary>
    public static async Task WithScreenshotOnFailureAsync(IPage page, List<string> console, string name, ITestOutputHelper output, Func<Task> test)
    {
        try
        {
            await test();
        }
        catch
        {
            var folder = Path.Combine(AppContext.BaseDirectory, "browser-failures");
            Directory.CreateDirectory(folder);
            var shot = Path.Combine(folder, name + ".png");
            try
            {
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = shot, FullPage = true, Timeout = 15_000 });
                output.WriteLine($"screenshot: {shot}");
            }
            catch (Exception e)
            {
                output.WriteLine($"no screenshot: {e.Message}");
            }
            lock (console) output.WriteLine("console:\n" + string.Join("\n", console));
            throw;
        }
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        _playwright?.Dispose();
        if (Server is not null) await Server.DisposeAsync();
    }
}
