using System.Buffers.Binary;
using RestrictedCSharp.Protocol;

namespace RestrictedCSharp.Protocol.Tests;

public sealed class ProtocolFrameTests
{
    private static MemoryStream Framed(params byte[][] payloads)
    {
        var stream = new MemoryStream();
        foreach (var payload in payloads) Frames.Write(stream, payload);
        stream.Position = 0;
        return stream;
    }

    private static byte[] Header(int length)
    {
        var header = new byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(header, length);
        return header;
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(4096)]
    [InlineData(1_000_000)]
    public async Task Payloads_round_trip_sync_and_async(int size)
    {
        var payload = new byte[size];
        new Random(size).NextBytes(payload);

        using (var frame = new FrameReader(Framed(payload)).Read()) frame!.Payload.ToArray().Should().Equal(payload);
        using (var frame = await new FrameReader(Framed(payload)).ReadAsync()) frame!.Payload.ToArray().Should().Equal(payload);
    }

    [Fact]
    public void The_length_is_four_bytes_little_endian()
    {
        Framed([1, 2, 3]).ToArray().Should().Equal(3, 0, 0, 0, 1, 2, 3);
    }

    [Fact]
    public void Consecutive_frames_are_read_in_turn_and_the_end_between_frames_is_clean()
    {
        var reader = new FrameReader(Framed([7], [8, 9]));
        using (var first = reader.Read()) first!.Payload.ToArray().Should().Equal(7);
        using (var second = reader.Read()) second!.Payload.ToArray().Should().Equal(8, 9);
        reader.Read().Should().BeNull();
    }

    [Theory]
    [InlineData(Frames.MaxReplyBytes + 1)]
    [InlineData(int.MaxValue)]
    [InlineData(-1)]
    public async Task An_announced_length_beyond_the_limit_is_refused_without_reading_on(int length)
    {
        var read = () => new FrameReader(new MemoryStream(Header(length))).Read();
        var readAsync = async () => await new FrameReader(new MemoryStream(Header(length))).ReadAsync();

        read.Should().Throw<ProtocolException>().WithMessage("*limit*");
        await readAsync.Should().ThrowAsync<ProtocolException>();
        var buffered = new FrameReader(new MemoryStream(Header(length)));
        buffered.FillOnce().Should().BeTrue();
        buffered.Invoking(r => r.TryTakeBuffered(out _)).Should().Throw<ProtocolException>().WithMessage("*limit*");
    }

    [Theory]
    [InlineData(new byte[] { 5 })]
    [InlineData(new byte[] { 5, 0, 0 })]
    [InlineData(new byte[] { 5, 0, 0, 0, 1, 2 })]
    public async Task A_stream_that_ends_inside_a_frame_is_a_protocol_error(byte[] bytes)
    {
        var read = () => new FrameReader(new MemoryStream(bytes)).Read();
        var readAsync = async () => await new FrameReader(new MemoryStream(bytes)).ReadAsync();

        read.Should().Throw<ProtocolException>().WithMessage("*ended inside*");
        await readAsync.Should().ThrowAsync<ProtocolException>();
    }

    [Fact]
    public void A_payload_beyond_the_limit_is_never_sent()
    {
        var write = () => Frames.Write(Stream.Null, new byte[Frames.MaxReplyBytes + 1]);
        write.Should().Throw<ProtocolException>();
    }

    [Fact]
    public void The_frame_writer_frames_messages_as_encoded_and_reuses_its_buffer()
    {
        var stream = new MemoryStream();
        var writer = new FrameWriter(stream);
        Request[] requests = [new CallRequest("Act", []), new PingRequest(), new CallRequest("Move", [], new CallBudgets(5, 6, 7))];
        foreach (var request in requests) writer.Write(request);

        stream.ToArray().Should().Equal(Framed(requests.Select(Messages.Encode).ToArray()).ToArray());
    }

    [Fact]
    public void The_frame_writer_sends_nothing_for_a_reply_beyond_the_limit()
    {
        var stream = new MemoryStream();
        var huge = new ErrorReply("x", new string('a', Frames.MaxReplyBytes));

        new FrameWriter(stream).TryWrite(huge).Should().BeFalse();
        stream.Length.Should().Be(0);
        var write = () => new FrameWriter(stream).Write(huge);
        write.Should().Throw<ProtocolException>();
    }

    [Fact]
    public async Task Frames_split_across_many_small_reads_are_reassembled()
    {
        var payloads = Enumerable.Range(1, 50).Select(n => Enumerable.Range(0, n * 37).Select(i => (byte)i).ToArray()).ToArray();
        var reader = new FrameReader(new TrickleStream(Framed(payloads).ToArray()));

        foreach (var payload in payloads)
        {
            using var frame = await reader.ReadAsync();
            frame!.Payload.ToArray().Should().Equal(payload);
        }
        (await reader.ReadAsync()).Should().BeNull();
    }

    /// <summary>Returns at most 3 bytes per read, as a pipe may.</summary>
    private sealed class TrickleStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, 3));

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(buffer.Length, 3)], cancellationToken);
    }
}
