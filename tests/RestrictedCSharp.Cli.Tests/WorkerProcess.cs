using System.Diagnostics;

namespace RestrictedCSharp.Cli.Tests;

/// <summary>
/// The built <c>rcsc worker</c> as a separate process: started, waited for until it says it is ready, stopped
/// (SIGTERM, and its exit code) or killed (SIGKILL).
/// </summary>
internal sealed class WorkerProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly List<string> _output = [];
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private WorkerProcess(Process process) => _process = process;

    public int Id => _process.Id;

    public string Output
    {
        get { lock (_output) return string.Join('\n', _output); }
    }

    /// <summary>Starts <c>rcsc worker ARGS --games (the repository's)</c> and waits for <c>worker NAME ready</c>.</summary>
    public static async Task<WorkerProcess> StartAsync(string name, params string[] arguments)
    {
        var start = Rcsc.ProcessStart(["worker", "--name", name, "--games", Path.Combine(MatchSamples.Root, "rcsc-games.json"), .. arguments]);
        var worker = new WorkerProcess(Process.Start(start)!);
        worker._process.StandardInput.Close();
        worker._process.OutputDataReceived += (_, e) => worker.Received(e.Data, name);
        worker._process.ErrorDataReceived += (_, e) => worker.Received(e.Data, name);
        worker._process.BeginOutputReadLine();
        worker._process.BeginErrorReadLine();
        var exited = worker._process.WaitForExitAsync();
        var first = await Task.WhenAny(worker._ready.Task, exited, Task.Delay(TimeSpan.FromSeconds(90)));
        if (first != worker._ready.Task)
        {
            var output = worker.Output;
            await worker.DisposeAsync();
            throw new InvalidOperationException($"rcsc worker did not say it is ready ({(first == exited ? "it exited" : "90 s")}):\n{output}");
        }
        return worker;
    }

    private void Received(string? line, string name)
    {
        if (line is null) return;
        lock (_output) _output.Add(line);
        if (line == $"worker {name} ready") _ready.TrySetResult();
    }

    /// <summary>SIGKILL, to the worker alone.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: false);
        await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
    }

    /// <summary>SIGTERM, and the exit code once it has stopped (SIGKILL after <paramref name="patience"/>).</summary>
    public async Task<int> StopAsync(TimeSpan? patience = null)
    {
        if (!_process.HasExited)
        {
            using var term = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            await term.WaitForExitAsync();
        }
        try
        {
            await _process.WaitForExitAsync().WaitAsync(patience ?? TimeSpan.FromSeconds(90));
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
