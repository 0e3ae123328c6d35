using System.Buffers.Binary;
using System.IO.Pipes;
using RestrictedCSharp.Protocol;

namespace RestrictedCSharp.Hosting.Tests;

/// <summary>
/// The host's reader of a runner's stdout, on a real pipe: a reply already there is read on the calling
/// thread; a later one on a thread of its own, without holding the caller; the pipe's end ends any wait.
/// </summary>
public sealed class ReplyReaderTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);
    private readonly AnonymousPipeServerStream _runnerSide = new(PipeDirection.Out);
    private readonly AnonymousPipeClientStream _hostSide;
    private readonly ReplyReader _reader;

    public ReplyReaderTests()
    {
        _hostSide = new AnonymousPipeClientStream(PipeDirection.In, _runnerSide.ClientSafePipeHandle);
        _reader = new ReplyReader(_hostSide);
    }

    public void Dispose()
    {
        _runnerSide.Dispose();
        _hostSide.Dispose();
    }

    private void Send(params byte[] payload) => Frames.Write(_runnerSide, payload);

    private static byte[] Header(int length)
    {
        var header = new byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(header, length);
        return header;
    }

    [Fact]
    public async Task A_reply_that_is_waiting_is_read_on_the_calling_thread()
    {
        Send(1, 2, 3);

        var read = _reader.ReadAsync(Patience);

        read.IsCompletedSuccessfully.Should().BeTrue("the reply was there: no other thread is involved");
        using var frame = await read;
        frame!.Payload.ToArray().Should().Equal(1, 2, 3);
    }

    [Fact]
    public async Task A_reply_that_comes_later_does_not_hold_the_caller_and_still_arrives()
    {
        var read = _reader.ReadAsync(TimeSpan.FromMilliseconds(1));

        read.IsCompleted.Should().BeFalse("nothing was sent: after the inline wait the caller is released");
        Send(4, 5);
        using var frame = await read.AsTask().WaitAsync(Patience);
        frame!.Payload.ToArray().Should().Equal(4, 5);
    }

    [Fact]
    public async Task Without_an_inline_wait_every_read_is_handed_over()
    {
        Send(6);
        using var frame = await _reader.ReadAsync(TimeSpan.Zero).AsTask().WaitAsync(Patience);
        frame!.Payload.ToArray().Should().Equal(6);
    }

    [Fact]
    public async Task Consecutive_replies_are_read_in_turn_on_either_path()
    {
        Send(1);
        Send(2);
        using (var first = await _reader.ReadAsync(Patience)) first!.Payload.ToArray().Should().Equal(1);
        using (var second = await _reader.ReadAsync(TimeSpan.Zero).AsTask().WaitAsync(Patience)) second!.Payload.ToArray().Should().Equal(2);
    }

    [Fact]
    public async Task A_reply_that_arrives_in_part_does_not_hold_the_caller()
    {
        _runnerSide.Write(Header(5));
        _runnerSide.Write([1, 2]);

        var read = _reader.ReadAsync(Patience);

        read.IsCompleted.Should().BeFalse("the frame is not complete: the rest is awaited on another thread");
        _runnerSide.Write([3, 4, 5]);
        using var frame = await read.AsTask().WaitAsync(Patience);
        frame!.Payload.ToArray().Should().Equal(1, 2, 3, 4, 5);
    }

    [Fact]
    public async Task A_reply_larger_than_the_readers_buffer_arrives_whole()
    {
        var payload = new byte[200_000];
        new Random(7).NextBytes(payload);
        var writer = Task.Run(() => Send(payload));

        using var frame = await _reader.ReadAsync(Patience).AsTask().WaitAsync(Patience);

        frame!.Payload.ToArray().Should().Equal(payload);
        await writer.WaitAsync(Patience);
    }

    [Fact]
    public async Task The_writer_closing_between_frames_ends_a_waiting_read_with_no_frame()
    {
        var read = _reader.ReadAsync(TimeSpan.FromMilliseconds(1));

        _runnerSide.Dispose();

        (await read.AsTask().WaitAsync(Patience)).Should().BeNull();
    }

    [Fact]
    public async Task The_writer_closing_inside_a_frame_ends_a_waiting_read_with_a_protocol_error()
    {
        _runnerSide.Write(Header(100));
        _runnerSide.Write([1, 2, 3]);
        var read = _reader.ReadAsync(TimeSpan.FromMilliseconds(1));

        _runnerSide.Dispose();

        await read.AsTask().Invoking(t => t.WaitAsync(Patience)).Should().ThrowAsync<ProtocolException>();
    }
}
