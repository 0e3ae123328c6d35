using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json.Nodes;

namespace RestrictedCSharp.Cli.Tests;

/// <summary>
/// The built <c>rcsc serve</c> as a separate process (<c>dotnet rcsc.dll serve</c>) on a free loopback port: started,
/// waited for until it says it listens, asked over HTTP, and stopped (SIGTERM) or killed (SIGKILL).
/// </summary>
internal sealed class ServeProcess : IAsyncDisposable
{
    /// <summary>The tests that start whole arenas run one at a time: each already keeps the machine's cores busy.</summary>
    public const string Collection = "arena processes";

    private readonly RcscDaemon _daemon;

    private ServeProcess(RcscDaemon daemon, Uri address)
    {
        _daemon = daemon;
        Address = address;
        Http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
    }

    public Uri Address { get; }

    public HttpClient Http { get; }

    public int Id => _daemon.Id;

    /// <summary>What it printed so far (stdout and stderr, interleaved), for a failure's message.</summary>
    public string Output => _daemon.Output;

    /// <summary>Starts <c>rcsc serve --data DATA --urls http://127.0.0.1:PORT --games (the repository's) ARGS</c> and waits for its listening line.</summary>
    public static Task<ServeProcess> StartAsync(string data, params string[] arguments) => StartInAsync(null, data, arguments);

    /// <summary>As <see cref="StartAsync"/>, with <paramref name="workingDirectory"/> as the server's current directory.</summary>
    public static async Task<ServeProcess> StartInAsync(string? workingDirectory, string data, params string[] arguments)
    {
        var port = FreePort();
        var daemon = await RcscDaemon.StartAsync(
            ["serve", "--data", data, "--urls", $"http://127.0.0.1:{port}", "--games", Path.Combine(MatchSamples.Root, "rcsc-games.json"), .. arguments],
            line => line.StartsWith("rcsc serve: listening on ", StringComparison.Ordinal), workingDirectory);
        return new ServeProcess(daemon, new Uri($"http://127.0.0.1:{port}/"));
    }

    /// <summary>The pids of every process below the server (its runners and compile workers, and theirs).</summary>
    public IReadOnlyList<int> Descendants() => ProcessTree.Descendants(_daemon.Id);

    /// <summary>SIGKILL, to the server alone (not its children: what happens to them is what is being tested).</summary>
    public Task KillAsync() => _daemon.KillAsync();

    /// <summary>SIGTERM, and the exit code once it has stopped (SIGKILL after 30 s).</summary>
    public Task<int> StopAsync() => _daemon.StopAsync(TimeSpan.FromSeconds(30));

    public async Task<JsonNode> GetJsonAsync(string path, string? token = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (token is not null) request.Headers.Authorization = new("Bearer", token);
        using var response = await Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.OK) throw new InvalidOperationException($"GET {path}: {(int)response.StatusCode} {text}");
        return JsonNode.Parse(text)!;
    }

    /// <summary>A request with a JSON body; the status and the answer's text.</summary>
    public async Task<(HttpStatusCode Status, string Text)> SendAsync(HttpMethod method, string path, object body, string? token = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = JsonContent.Create(body) };
        if (token is not null) request.Headers.Authorization = new("Bearer", token);
        using var response = await Http.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Polls a submission until it is judged; its final state (null at the timeout).</summary>
    public async Task<JsonNode?> JudgedAsync(long submission, string token, TimeSpan timeout)
    {
        JsonNode? state = null;
        var judged = await WaitUntilAsync(async () =>
        {
            state = await GetJsonAsync($"/api/submissions/{submission}", token);
            return state["status"]!.GetValue<string>() is "accepted" or "rejected";
        }, timeout, TimeSpan.FromSeconds(1));
        return judged ? state : null;
    }

    /// <summary>PUT /api/bots/NAME with the files of a folder; the submission's id.</summary>
    public async Task<long> SubmitAsync(string token, string bot, string game, IEnumerable<(string Name, string Text)> files)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/bots/{bot}")
        {
            Content = JsonContent.Create(new { game, files = files.Select(f => new { name = f.Name, text = f.Text }).ToArray() }),
        };
        request.Headers.Authorization = new("Bearer", token);
        using var response = await Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.Accepted) throw new InvalidOperationException($"PUT /api/bots/{bot}: {(int)response.StatusCode} {text}");
        return JsonNode.Parse(text)!["submission"]!.GetValue<long>();
    }

    public static IEnumerable<(string Name, string Text)> FilesOf(string folder) =>
        Directory.GetFiles(folder, "*.cs").Order(StringComparer.Ordinal).Select(f => (Path.GetFileName(f), File.ReadAllText(f)));

    /// <summary>Polls <paramref name="condition"/> until it holds; false at the timeout.</summary>
    public static async Task<bool> WaitUntilAsync(Func<Task<bool>> condition, TimeSpan timeout, TimeSpan? every = null)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            if (await condition()) return true;
            await Task.Delay(every ?? TimeSpan.FromMilliseconds(250));
        }
        return await condition();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _daemon.DisposeAsync();
    }
}

/// <summary>Linux's process tree, read from /proc.</summary>
internal static class ProcessTree
{
    public static IReadOnlyList<int> Descendants(int root)
    {
        var children = new Dictionary<int, List<int>>();
        foreach (var (pid, parent) in All())
        {
            if (!children.TryGetValue(parent, out var list)) children[parent] = list = [];
            list.Add(pid);
        }
        var found = new List<int>();
        var next = new Queue<int>([root]);
        while (next.TryDequeue(out var pid))
        {
            foreach (var child in children.GetValueOrDefault(pid, []))
            {
                found.Add(child);
                next.Enqueue(child);
            }
        }
        return found;
    }

    /// <summary>Whether the process exists and is not a zombie (a zombie has stopped; only its exit status waits to be read).</summary>
    public static bool IsAlive(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return StateOf(stat) != 'Z';
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return true;
        }
    }

    /// <summary>The command line, for a message.</summary>
    public static string CommandLine(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/cmdline").Replace('\0', ' ').Trim();
        }
        catch (IOException)
        {
            return "(gone)";
        }
    }

    private static IEnumerable<(int Pid, int Parent)> All()
    {
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid)) continue;
            string stat;
            try
            {
                stat = File.ReadAllText(Path.Combine(dir, "stat"));
            }
            catch (IOException)
            {
                continue;
            }
            catch (UnauthorizedAccessException)
            {
                continue;
            }
            // "pid (comm) state ppid ...": comm may hold spaces and parentheses, so read after the last ')'.
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            if (fields.Length > 1 && int.TryParse(fields[1], out var parent)) yield return (pid, parent);
        }
    }

    private static char StateOf(string stat) => stat[stat.LastIndexOf(')') + 2];
}
