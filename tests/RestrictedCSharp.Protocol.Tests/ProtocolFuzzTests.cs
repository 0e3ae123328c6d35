using System.Buffers.Binary;
using System.Text;
using RestrictedCSharp.Protocol;

namespace RestrictedCSharp.Protocol.Tests;

/// <summary>
/// Random and mutated bytes through the frame reader and the message decoders: the only failure they may
/// show is a <see cref="ProtocolException"/>, and reading always ends. Seeded, so a failure reproduces.
/// </summary>
public sealed class ProtocolFuzzTests
{
    private static readonly byte[][] ValidPayloads =
    [
        Messages.Encode(new CallRequest("Act", [])),
        Messages.Encode(new LoadRequest(new AssemblyImage("b.dll", [1, 2, 3]), null, "IBot", [], new CallBudgets(1, 1, 1))),
        Messages.Encode(new PingRequest()),
        Messages.Encode(new CallResultReply(new CallResult { Outcome = CallOutcome.Ok, Ticks = 3 })),
        Messages.Encode(new ReadyReply(new SandboxReport(true, 7, [], null))),
    ];

    [Fact]
    public void Random_streams_end_in_frames_a_clean_end_or_a_protocol_error()
    {
        var random = new Random(4);
        for (var i = 0; i < 3000; i++)
        {
            var bytes = new byte[random.Next(0, 64)];
            random.NextBytes(bytes);
            if (random.Next(3) == 0 && bytes.Length >= 4) // a plausible small length now and then
                BinaryPrimitives.WriteInt32LittleEndian(bytes, random.Next(0, bytes.Length));
            ReadAll(new MemoryStream(bytes));
        }
    }

    [Fact]
    public void Mutated_messages_decode_or_fail_as_protocol_errors()
    {
        var random = new Random(7);
        for (var i = 0; i < 5000; i++)
        {
            var payload = (byte[])ValidPayloads[random.Next(ValidPayloads.Length)].Clone();
            var mutations = random.Next(1, 4);
            for (var m = 0; m < mutations; m++) payload[random.Next(payload.Length)] = (byte)random.Next(256);
            if (random.Next(4) == 0) payload = payload[..random.Next(payload.Length)];
            Decode(payload);
        }
    }

    [Fact]
    public void Random_json_shapes_decode_or_fail_as_protocol_errors()
    {
        var random = new Random(11);
        string[] fragments = ["{", "}", "[", "]", "\"type\"", ":", ",", "\"call\"", "\"load\"", "\"ping\"", "null", "1e999",
            "\"method\"", "\"arguments\"", "\"budgets\"", "-1", "true", "\"\\u0000\"", "{\"ticks\":0}"];
        for (var i = 0; i < 5000; i++)
        {
            var json = new StringBuilder();
            for (var f = random.Next(1, 16); f > 0; f--) json.Append(fragments[random.Next(fragments.Length)]);
            Decode(Encoding.UTF8.GetBytes(json.ToString()));
        }
    }

    [Fact]
    public void Taking_frames_from_the_buffer_reads_exactly_what_blocking_reads_read()
    {
        var random = new Random(5);
        for (var i = 0; i < 2000; i++)
        {
            var stream = new MemoryStream();
            for (var f = random.Next(0, 4); f > 0; f--) Frames.Write(stream, ValidPayloads[random.Next(ValidPayloads.Length)]);
            var tail = new byte[random.Next(0, 12)];
            random.NextBytes(tail);
            if (random.Next(2) == 0 && tail.Length >= 4) BinaryPrimitives.WriteInt32LittleEndian(tail, random.Next(0, 16));
            stream.Write(tail);
            var bytes = stream.ToArray();

            var blocking = new FrameReader(new MemoryStream(bytes));
            var buffered = new FrameReader(new ChunkedStream(bytes, random.Next()));
            FramesRead(() => blocking.Read()).Should().Equal(FramesRead(() => TakeOrRead(buffered, random)), $"stream {i}");
        }
    }

    /// <summary>What a host's inline path does: take a buffered frame, else read once more, else read blocking.</summary>
    private static RentedFrame? TakeOrRead(FrameReader reader, Random random)
    {
        while (true)
        {
            if (reader.TryTakeBuffered(out var frame)) return frame;
            if (random.Next(4) == 0 || !reader.FillOnce()) return reader.Read();
        }
    }

    private static List<string> FramesRead(Func<RentedFrame?> next)
    {
        var seen = new List<string>();
        try
        {
            for (var n = 0; n < 10; n++)
            {
                using var frame = next();
                if (frame is null) break;
                seen.Add(Convert.ToHexString(frame.Payload));
            }
            seen.Add("end");
        }
        catch (ProtocolException)
        {
            seen.Add("protocol-error");
        }
        return seen;
    }

    /// <summary>Returns each read in a random short chunk, as a pipe may.</summary>
    private sealed class ChunkedStream(byte[] bytes, int seed) : MemoryStream(bytes)
    {
        private readonly Random _random = new(seed);

        public override int Read(byte[] buffer, int offset, int count) =>
            base.Read(buffer, offset, Math.Min(count, _random.Next(1, 9)));
    }

    private static void ReadAll(Stream stream)
    {
        var reader = new FrameReader(stream);
        try
        {
            for (var frames = 0; frames < 100; frames++)
            {
                using var frame = reader.Read();
                if (frame is null) return;
                Decode(frame.Payload.ToArray());
            }
        }
        catch (ProtocolException)
        {
        }
    }

    private static void Decode(byte[] payload)
    {
        try
        {
            Messages.DecodeRequest(payload);
        }
        catch (ProtocolException)
        {
        }
        try
        {
            Messages.DecodeReply(payload);
        }
        catch (ProtocolException)
        {
        }
    }
}
