using System.IO.Pipes;
using Microsoft.Win32.SafeHandles;
using RestrictedCSharp.Hosting.Native;
using RestrictedCSharp.Protocol;

namespace RestrictedCSharp.Hosting;

/// <summary>
/// The host's end of a runner's stdout, read only with blocking reads. A reply that arrives within
/// <see cref="InlineWait"/> is read on the thread that waits for it, which then costs one thread wake-up;
/// an asynchronous read would cost two or three (the socket engine's epoll thread, then a thread-pool
/// worker), which on a loaded machine was most of a small call's round trip. A reply that takes longer
/// is read on a thread of its own, so a slow call does not hold its caller. No read can hang: the
/// exchange's <see cref="CallWatch"/> kills the runner at its deadline, which closes the pipe.
/// </summary>
/// <remarks>
/// The stream is never read asynchronously: that would hand the descriptor to the socket engine, which
/// makes it non-blocking for good.
/// </remarks>
internal sealed class ReplyReader
{
    /// <summary>How long a caller's thread waits for a reply itself before handing the wait over.</summary>
    public static readonly TimeSpan InlineWait = TimeSpan.FromMilliseconds(1);

    private readonly SafePipeHandle? _pipe; // null where the stream is not a pipe stream: no inline waits
    private readonly FrameReader _frames;
    private readonly Func<RentedFrame?> _read;

    public ReplyReader(Stream stdout)
    {
        _pipe = (stdout as PipeStream)?.SafePipeHandle;
        _frames = new FrameReader(stdout);
        _read = _frames.Read;
    }

    /// <summary>
    /// The next frame, or null at a clean end of the stream. Completes on the calling thread when the whole
    /// reply is there within <paramref name="inlineWait"/>; otherwise the caller is released and the read
    /// goes on on a thread of its own (also for a reply that arrives only in part: a peer that never finishes
    /// a frame holds that thread until its deadline, never the caller).
    /// </summary>
    /// <exception cref="ProtocolException">The stream ends inside a frame or announces a bad length.</exception>
    /// <exception cref="IOException">The pipe failed.</exception>
    public ValueTask<RentedFrame?> ReadAsync(TimeSpan inlineWait)
    {
        if (_frames.TryTakeBuffered(out var frame)
            || (inlineWait > TimeSpan.Zero && _pipe is not null && PipeReadiness.WaitReadable(_pipe, inlineWait) && _frames.FillOnce()
                && _frames.TryTakeBuffered(out frame)))
            return new ValueTask<RentedFrame?>(frame);
        return new ValueTask<RentedFrame?>(
            Task.Factory.StartNew(_read, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default));
    }
}
