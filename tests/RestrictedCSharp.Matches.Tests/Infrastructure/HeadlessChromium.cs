using System.Diagnostics;

namespace RestrictedCSharp.Matches.Tests.Infrastructure;

/// <summary>Debian's chromium, started headless to screenshot a local page, with every network path closed.</summary>
internal static class HeadlessChromium
{
    private static readonly string[] Candidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

    public static string? Path => Candidates.FirstOrDefault(File.Exists);

    public static async Task<byte[]> ScreenshotAsync(string page, string fragment, int width, int height)
    {
        var browser = Path ?? throw new InvalidOperationException("chromium is not installed");
        var folder = Directory.CreateTempSubdirectory("chromium-");
        try
        {
            var shot = System.IO.Path.Combine(folder.FullName, "shot.png");
            var start = new ProcessStartInfo(browser)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var arg in new[]
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
                "--disable-background-networking", "--disable-sync", "--disable-default-apps",
                // No network: every host resolves to nothing and every connection goes to a closed proxy.
                "--host-resolver-rules=MAP * ~NOTFOUND", "--proxy-server=127.0.0.1:9", "--proxy-bypass-list=<-loopback>",
                $"--user-data-dir={System.IO.Path.Combine(folder.FullName, "profile")}",
                $"--window-size={width},{height}", "--virtual-time-budget=3000", $"--screenshot={shot}",
                new Uri(page).AbsoluteUri + fragment,
            })
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
                throw new TimeoutException("chromium did not finish the screenshot in 90 s");
            }
            if (!File.Exists(shot))
                throw new InvalidOperationException($"chromium wrote no screenshot (exit {process.ExitCode}): {await stderr}{await stdout}");
            return await File.ReadAllBytesAsync(shot);
        }
        finally
        {
            try { folder.Delete(recursive: true); } catch (IOException) { }
        }
    }
}
