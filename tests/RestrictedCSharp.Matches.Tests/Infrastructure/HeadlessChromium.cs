using System.Diagnostics;

namespace RestrictedCSharp.Matches.Tests.Infrastructure;

/// <summary>Debian's chromium, started headless on a local page, with every network path closed.</summary>
internal static class HeadlessChromium
{
    private static readonly string[] Candidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

    public static string? Path => Candidates.FirstOrDefault(File.Exists);

    /// <summary>A screenshot of the page at <paramref name="fragment"/>, as PNG bytes.</summary>
    public static Task<byte[]> ScreenshotAsync(string page, string fragment, int width, int height) =>
        RunAsync(
            page, fragment, "the screenshot",
            folder => [$"--window-size={width},{height}", $"--screenshot={Shot(folder)}"],
            async (folder, run) => File.Exists(Shot(folder))
                ? await File.ReadAllBytesAsync(Shot(folder))
                : throw new InvalidOperationException($"chromium wrote no screenshot (exit {run.ExitCode}): {run.Stderr}{run.Stdout}"));

    /// <summary>The page's DOM at <paramref name="fragment"/>, after its scripts ran.</summary>
    public static Task<string> DumpDomAsync(string page, string fragment) =>
        RunAsync(
            page, fragment, "the page",
            _ => ["--dump-dom"],
            (_, run) => Task.FromResult(run.Stdout.Length > 0
                ? run.Stdout
                : throw new InvalidOperationException($"chromium printed no page (exit {run.ExitCode}): {run.Stderr}")));

    private static string Shot(string folder) => System.IO.Path.Combine(folder, "shot.png");

    private static async Task<T> RunAsync<T>(
        string page, string fragment, string what, Func<string, string[]> arguments, Func<string, ChromiumRun, Task<T>> read)
    {
        var browser = Path ?? throw new InvalidOperationException("chromium is not installed");
        using var folder = new TempFolder("chromium-");
        var start = new ProcessStartInfo(browser) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
            "--disable-background-networking", "--disable-sync", "--disable-default-apps",
            // No network: every host resolves to nothing and every connection goes to a closed proxy.
            "--host-resolver-rules=MAP * ~NOTFOUND", "--proxy-server=127.0.0.1:9", "--proxy-bypass-list=<-loopback>",
            $"--user-data-dir={folder.Combine("profile")}", "--virtual-time-budget=3000",
        }.Concat(arguments(folder.Path)).Append(new Uri(page).AbsoluteUri + fragment))
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"chromium did not finish {what} in 90 s");
        }

        return await read(folder.Path, new ChromiumRun(process.ExitCode, await stdout, await stderr));
    }

    private sealed record ChromiumRun(int ExitCode, string Stdout, string Stderr);
}
