using System.Diagnostics;
using RestrictedCSharp.Hosting;
using RestrictedCSharp.Protocol;
using RestrictedCSharp.Sandbox;

namespace RestrictedCSharp.Runner.Tests.Infrastructure;

/// <summary>A runner process driven byte by byte, for feeding it what no host would send. Every wait is bounded.</summary>
internal sealed class RawRunner : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);
    private readonly Process _process;
    private readonly FrameReader _output;

    private RawRunner(Process process)
    {
        _process = process;
        _output = new FrameReader(process.StandardOutput.BaseStream);
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginErrorReadLine();
    }

    public static async Task<RawRunner> StartAsync(long heapLimitBytes = 64L << 20)
    {
        var runnerPath = new RunnerSettings().ResolvedRunnerPath;
        var info = SandboxedProcessStart.ForDotnetApp(runnerPath, [],
            new SandboxedProcessOptions { GcHeapHardLimitBytes = heapLimitBytes });
        var runner = new RawRunner(Process.Start(info)!);
        (await runner.ReceiveAsync()).Should().BeOfType<ReadyReply>();
        return runner;
    }

    public async Task WriteAsync(byte[] bytes)
    {
        try
        {
            await _process.StandardInput.BaseStream.WriteAsync(bytes).AsTask().WaitAsync(Patience);
            await _process.StandardInput.BaseStream.FlushAsync().WaitAsync(Patience);
        }
        catch (IOException)
        {
            // The runner may already have refused and left.
        }
    }

    public void CloseInput() => _process.StandardInput.Close();

    /// <summary>The next reply; null when the runner closed its output. Fails the test if it takes too long.</summary>
    public async Task<Reply?> ReceiveAsync()
    {
        using var frame = await _output.ReadAsync().AsTask().WaitAsync(Patience);
        return frame is null ? null : Messages.DecodeReply(frame.Payload);
    }

    /// <summary>Waits for the process to end on its own and returns its exit code.</summary>
    public async Task<int> ExitCodeAsync()
    {
        await _process.WaitForExitAsync().WaitAsync(Patience);
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited) _process.Kill();
        await _process.WaitForExitAsync().WaitAsync(Patience);
        _process.Dispose();
    }
}
