using System.Diagnostics;

namespace RestrictedCSharp.Cli.Tests;

/// <summary>
/// A long-running built rcsc (<c>serve</c>, <c>worker</c>) as a separate process: started, waited for until a line
/// says it is ready, its output kept for a failure's message, stopped (SIGTERM, and its exit code) or killed (SIGKILL).
/// </summary>
internal sealed class RcscDaemon : IAsyncDisposable
{
    private static readonly TimeSpan ReadyWithin = TimeSpan.FromSeconds(90), StopWithin = TimeSpan.FromSeconds(90);

    private readonly Process _process;
    private readonly Func<string, bool> _isReady;
    private readonly List<string> _output = [];
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private RcscDaemon(Process process, Func<string, bool> isReady) => (_process, _isReady) = (process, isReady);

    public int Id => _process.Id;

    /// <summary>What it printed so far (stdout and stderr, interleaved).</summary>
    public string Output
    {
        get { lock (_output) return string.Join('\n', _output); }
    }

    /// <summary>Starts <c>rcsc ARGUMENTS</c> and waits (up to 90 s) for a line <paramref name="isReady"/> accepts.</summary>
    /// <exception cref="InvalidOperationException">It exited or never said it is ready (its output in the message).</exception>
    public static async Task<RcscDaemon> StartAsync(IReadOnlyList<string> arguments, Func<string, bool> isReady, string? workingDirectory = null)
    {
        var start = Rcsc.ProcessStart([.. arguments]);
        if (workingDirectory is not null) start.WorkingDirectory = workingDirectory;
        var daemon = new RcscDaemon(Process.Start(start)!, isReady);
        daemon._process.StandardInput.Close();
        daemon._process.OutputDataReceived += (_, e) => daemon.Received(e.Data);
        daemon._process.ErrorDataReceived += (_, e) => daemon.Received(e.Data);
        daemon._process.BeginOutputReadLine();
        daemon._process.BeginErrorReadLine();
        var exited = daemon._process.WaitForExitAsync();
        var first = await Task.WhenAny(daemon._ready.Task, exited, Task.Delay(ReadyWithin));
        if (first != daemon._ready.Task)
        {
            var output = daemon.Output;
            await daemon.DisposeAsync();
            throw new InvalidOperationException($"rcsc {arguments[0]} did not say it is ready ({(first == exited ? "it exited" : "90 s")}):\n{output}");
        }
        return daemon;
    }

    private void Received(string? line)
    {
        if (line is null) return;
        lock (_output) _output.Add(line);
        if (_isReady(line)) _ready.TrySetResult();
    }

    /// <summary>SIGKILL, to this process alone (not its children: what happens to them is what is being tested).</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: false);
        await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
    }

    /// <summary>SIGTERM, and the exit code once it has stopped (SIGKILL after <paramref name="patience"/>, 90 s unless given).</summary>
    public async Task<int> StopAsync(TimeSpan? patience = null)
    {
        if (!_process.HasExited)
        {
            using var term = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            await term!.WaitForExitAsync();
        }
        try
        {
            await _process.WaitForExitAsync().WaitAsync(patience ?? StopWithin);
        }
        catch (TimeoutException)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }
}
