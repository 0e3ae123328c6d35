using System.Diagnostics;

namespace RestrictedCSharp.TestSupport;

/// <summary>Runs a system tool (ip, sh, kill) to its end within a deadline, for the harnesses that set up the machine.</summary>
internal static class SystemCommand
{
    /// <summary>The tool's output when it exits 0; otherwise an <see cref="InvalidOperationException"/> with its output.</summary>
    public static string Run(string file, IEnumerable<string> arguments, TimeSpan? timeout = null)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{file} did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout ?? TimeSpan.FromSeconds(30)))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{file} {string.Join(' ', start.ArgumentList)} did not finish in time");
        }
        var text = output.Result + error.Result;
        if (process.ExitCode != 0) throw new InvalidOperationException($"{file} {string.Join(' ', start.ArgumentList)} exited {process.ExitCode}: {text.Trim()}");
        return text;
    }

    /// <summary>Whether <paramref name="name"/> is an executable on PATH (or a full path that exists).</summary>
    public static string? Find(string name)
    {
        if (name.Contains('/')) return File.Exists(name) ? name : null;
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "/usr/sbin:/usr/bin:/sbin:/bin").Split(':', StringSplitOptions.RemoveEmptyEntries))
        {
            var path = Path.Combine(dir, name);
            if (File.Exists(path)) return path;
        }
        foreach (var dir in new[] { "/usr/sbin", "/sbin", "/usr/bin", "/bin" })
        {
            var path = Path.Combine(dir, name);
            if (File.Exists(path)) return path;
        }
        return null;
    }

    public static bool IsRoot => OperatingSystem.IsLinux() && Environment.UserName == "root";

    /// <summary>
    /// Starts a detached watcher (its own session) that runs <paramref name="script"/> once the process
    /// <paramref name="ownerProcessId"/> has ended, so that what a harness set up is taken down even when the test host
    /// is killed. The script gets the arguments as $1, $2, … The watcher is told to stop by removing
    /// <paramref name="flagFile"/> (a clean dispose).
    /// </summary>
    public static void WatchAfterExit(int ownerProcessId, string flagFile, string script, params string[] arguments)
    {
        File.WriteAllText(flagFile, "");
        var start = new ProcessStartInfo("setsid") { UseShellExecute = false };
        foreach (var argument in (string[])[
            "sh", "-c", $$"""
                exec </dev/null >/dev/null 2>&1
                watched=$0; flag=$1; shift
                while kill -0 "$watched" && [ -e "$flag" ]; do sleep 1; done
                [ -e "$flag" ] || exit 0
                rm -f "$flag"
                {{script}}
                """, ownerProcessId.ToString(), flagFile, .. arguments])
            start.ArgumentList.Add(argument);
        using var watcher = Process.Start(start);
    }
}
