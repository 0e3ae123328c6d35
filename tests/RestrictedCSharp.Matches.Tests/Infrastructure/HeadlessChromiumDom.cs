using System.Diagnostics;

namespace RestrictedCSharp.Matches.Tests.Infrastructure;

/// <summary>Debian's chromium, started headless to print a local page's DOM after its scripts ran, with every network path closed.</summary>
internal static class HeadlessChromiumDom
{
    public static async Task<string> DumpAsync(string page, string fragment)
    {
        var browser = HeadlessChromium.Path ?? throw new InvalidOperationException("chromium is not installed");
        var folder = Directory.CreateTempSubdirectory("chromium-");
        try
        {
            var start = new ProcessStartInfo(browser) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var arg in new[]
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
                "--disable-background-networking", "--disable-sync", "--disable-default-apps",
                "--host-resolver-rules=MAP * ~NOTFOUND", "--proxy-server=127.0.0.1:9", "--proxy-bypass-list=<-loopback>",
                $"--user-data-dir={Path.Combine(folder.FullName, "profile")}",
                "--virtual-time-budget=3000", "--dump-dom",
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
                throw new TimeoutException("chromium did not print the page in 90 s");
            }
            var dom = await stdout;
            if (dom.Length == 0) throw new InvalidOperationException($"chromium printed no page (exit {process.ExitCode}): {await stderr}");
            return dom;
        }
        finally
        {
            try { folder.Delete(recursive: true); } catch (IOException) { }
        }
    }
}
