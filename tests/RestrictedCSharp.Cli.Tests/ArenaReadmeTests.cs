using System.Diagnostics;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace RestrictedCSharp.Cli.Tests;

/// <summary>
/// README.md's "Run an arena", run as a newcomer runs it: its <c>rcsc serve</c> in the background (the built rcsc as
/// <c>rcsc</c> on the PATH), then the section's other commands in order in one shell, from a folder that looks like
/// the repository's root; the bots it submits are accepted and climb (they play, and the leaderboard says so).
/// </summary>
/// <remarks>
/// What differs from the text: the port is a free one instead of 5080 (the server is told with <c>--urls</c>), the
/// compile worker's deadline is 120 s (a machine busy with other builds can take longer than the default 30 s), and
/// the folder holds links to the repository's <c>samples</c> and <c>rcsc-games.json</c> instead of being the
/// checkout, so that <c>arena-data</c> and the request files are written in a temporary folder.
/// </remarks>
[Collection(ServeProcess.Collection)]
public sealed partial class ArenaReadmeTests : IDisposable
{
    private const string Section = "## Run an arena";
    private const string DefaultAddress = "127.0.0.1:5080";

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task The_readmes_arena_section_starts_an_arena_where_the_submitted_bots_climb()
    {
        var (serve, commands) = Commands();
        serve.Should().Be("rcsc serve --data arena-data");
        commands.Should().Contain(c => c.StartsWith("TOKEN=$(rcsc authors add ", StringComparison.Ordinal));
        commands.Should().Contain(c => c.StartsWith("curl -s -X PUT ", StringComparison.Ordinal));
        commands.Should().Contain(c => c.Contains("/api/leaderboard", StringComparison.Ordinal));
        foreach (var tool in new[] { "bash", "curl", "jq" })
            OnPath(tool).Should().BeTrue($"the section's commands need {tool} (on Debian: apt-get install {tool}; .ci/run installs it)");

        var root = _folder.Combine("newcomer");
        Directory.CreateDirectory(root);
        File.CreateSymbolicLink(Path.Combine(root, "samples"), Path.Combine(MatchSamples.Root, "samples"));
        File.CreateSymbolicLink(Path.Combine(root, "rcsc-games.json"), Path.Combine(MatchSamples.Root, "rcsc-games.json"));
        var bin = _folder.Combine("bin");
        Directory.CreateDirectory(bin);
        var rcsc = Path.Combine(bin, "rcsc");
        File.WriteAllText(rcsc, $"#!/bin/sh\nexec '{Rcsc.DotnetHost()}' '{Rcsc.Dll}' \"$@\"\n");
        File.SetUnixFileMode(rcsc, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);

        var port = FreePort();
        using var server = Process.Start(Shell(root, bin, $"exec {serve} --urls http://127.0.0.1:{port} --judge-deadline 120"))!;
        var output = new List<string>();
        var listening = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        server.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            lock (output) output.Add(e.Data);
            if (e.Data == $"rcsc serve: listening on http://127.0.0.1:{port}; data in {Path.Combine(root, "arena-data")}") listening.TrySetResult();
        };
        server.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.Add(e.Data); };
        server.BeginOutputReadLine();
        server.BeginErrorReadLine();
        server.StandardInput.Close();
        try
        {
            (await Task.WhenAny(listening.Task, server.WaitForExitAsync(), Task.Delay(TimeSpan.FromSeconds(90))))
                .Should().Be(listening.Task, $"rcsc serve says it listens, as the README shows\n{Joined(output)}");

            // The section's commands in order, in one shell (TOKEN carries over); then, until the bots have played or
            // three minutes have passed, its status and leaderboard commands again, as a reader would.
            var status = commands.Last(c => c.Contains("/api/submissions/", StringComparison.Ordinal));
            var leaderboard = commands.Last(c => c.Contains("/api/leaderboard", StringComparison.Ordinal));
            var script = string.Join('\n', commands.Select(c => At(c, port))) + $$"""

                for i in $(seq 1 180); do
                  s=$({{At(status, port)}} || true); l=$({{At(leaderboard, port)}} || true)
                  if grep -q '"status":"accepted"' <<<"$s" && grep -q '"played":[1-9]' <<<"$l"; then break; fi
                  sleep 1
                done
                echo '--- leaderboard'
                {{At(leaderboard, port)}}
                """;
            using var run = Process.Start(Shell(root, bin, script))!;
            run.StandardInput.Close();
            var stdout = run.StandardOutput.ReadToEndAsync();
            var stderr = run.StandardError.ReadToEndAsync();
            await run.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(4));
            var result = new RcscOutput(run.ExitCode, await stdout, await stderr);

            result.ExitCode.Should().Be(0, $"the section's commands run as written\n{result}\n--- server\n{Joined(output)}");
            result.Stdout.Should().Contain("\"bot\":\"flood\"").And.Contain("\"bot\":\"walls\"", "each PUT answers with the submission");
            var rows = JsonNode.Parse(result.Stdout[(result.Stdout.LastIndexOf("--- leaderboard", StringComparison.Ordinal) + 15)..])!.AsArray();
            rows.Select(r => r!["bot"]!.GetValue<string>()).Should().BeEquivalentTo(["flood", "walls"]);
            rows.Should().OnlyContain(r => r!["played"]!.GetValue<int>() > 0, $"both bots have played: {rows.ToJsonString()}\n--- server\n{Joined(output)}");
            File.Exists(Path.Combine(root, "arena-data", "arena.db")).Should().BeTrue("the arena keeps everything in arena-data");
        }
        finally
        {
            if (!server.HasExited)
            {
                using (var term = Process.Start("kill", ["-TERM", server.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])) await term.WaitForExitAsync();
                try
                {
                    await server.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
                }
                catch (TimeoutException)
                {
                    server.Kill(entireProcessTree: true);
                }
            }
        }
        server.ExitCode.Should().Be(0, "Ctrl+C (SIGTERM) stops the arena cleanly");
    }

    /// <summary>The section's <c>rcsc serve</c> line, and every other line of its <c>sh</c> blocks, in order.</summary>
    private static (string Serve, IReadOnlyList<string> Commands) Commands()
    {
        var text = File.ReadAllText(Path.Combine(MatchSamples.Root, "README.md")).Replace("\r", string.Empty, StringComparison.Ordinal);
        var start = text.IndexOf("\n" + Section + "\n", StringComparison.Ordinal);
        start.Should().BeGreaterThan(0, $"README.md has a section '{Section}'");
        var end = text.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        var section = end < 0 ? text[start..] : text[start..end];
        var lines = ShellBlock().Matches(section).SelectMany(m => m.Groups["body"].Value.Split('\n'))
            .Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
        var serve = lines.Single(l => l.StartsWith("rcsc serve", StringComparison.Ordinal));
        return (serve, [.. lines.Where(l => l != serve)]);
    }

    private static string At(string command, int port) => command.Replace(DefaultAddress, $"127.0.0.1:{port}", StringComparison.Ordinal);

    /// <summary>bash running <paramref name="script"/> in <paramref name="folder"/>, with the built rcsc first on the PATH and no game registry but the folder's.</summary>
    private static ProcessStartInfo Shell(string folder, string bin, string script)
    {
        var start = new ProcessStartInfo("bash")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("-euo");
        start.ArgumentList.Add("pipefail");
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(script);
        start.Environment["PATH"] = bin + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH");
        start.Environment.Remove("RCSC_GAMES");
        return start;
    }

    private static bool OnPath(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator).Any(d => d.Length > 0 && File.Exists(Path.Combine(d, tool)));

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string Joined(List<string> lines)
    {
        lock (lines) return string.Join('\n', lines);
    }

    [GeneratedRegex(@"```sh\n(?<body>.*?)```", RegexOptions.Singleline)]
    private static partial Regex ShellBlock();
}
