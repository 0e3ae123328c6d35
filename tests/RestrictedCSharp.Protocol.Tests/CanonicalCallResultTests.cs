using System.Text;
using System.Text.Json;
using RestrictedCSharp.Protocol;

namespace RestrictedCSharp.Protocol.Tests;

/// <summary>
/// The call-result decoder that takes the runner's own shape in one pass: it takes every reply a runner
/// writes for a call without stack frames, and whatever it accepts decodes exactly as the general decoder
/// decodes it — on the runner's replies and on thousands of mutations of them.
/// </summary>
public sealed class CanonicalCallResultTests
{
    private static readonly CallResultReply[] RunnerReplies =
    [
        new(new CallResult { Outcome = CallOutcome.Ok, Value = JsonSerializer.SerializeToElement(42), Ticks = 7, AllocatedBytes = 344, WallMs = 0.072 }),
        new(new CallResult { Outcome = CallOutcome.Ok, Ticks = 1, WallMs = 1e-4 }),
        new(new CallResult
        {
            Outcome = CallOutcome.Ok, Ticks = long.MaxValue, AllocatedBytes = -1, WallMs = 12345.678,
            Value = JsonSerializer.SerializeToElement(new { x = new[] { 1, 2 }, s = "a\"\\\u00e9\u0001", n = (string?)null, d = 1.5e300 }),
        }),
        new(CallResult.Failed(CallOutcome.TickLimit, "The call exceeded its budget.", 3.5) with { Ticks = 2_000_000 }, RunnerExits: false),
        new(CallResult.Failed(CallOutcome.MemoryLimit, "out of heap \u2013 replaced"), RunnerExits: true),
        .. Enum.GetValues<CallOutcome>().Select(o => new CallResultReply(CallResult.Failed(o, o.ToWireName()))),
    ];

    private static Reply General(ReadOnlySpan<byte> payload) =>
        JsonSerializer.Deserialize(payload, ProtocolJsonContext.Default.Reply) ?? throw new JsonException("null");

    private static string Wire(Reply reply) => Encoding.UTF8.GetString(Messages.Encode(reply));

    [Fact]
    public void Every_call_reply_a_runner_writes_is_taken_and_decodes_as_the_general_decoder_decodes_it()
    {
        foreach (var reply in RunnerReplies)
        {
            var payload = Messages.Encode(reply);

            CanonicalCallResult.TryDecode(payload, out var fast).Should().BeTrue(Wire(reply));

            Wire(fast!).Should().Be(Wire(General(payload))).And.Be(Wire(reply));
        }
    }

    [Fact]
    public void Stack_frames_and_other_replies_are_left_to_the_general_decoder()
    {
        var thrown = new CallResultReply(CallResult.Failed(CallOutcome.Exception, "boom") with { StackFrames = [new BotStackFrame("Bot.Act", "Bot.cs", 3)] });
        Reply[] others = [thrown, new PongReply(), new ErrorReply(ErrorCodes.BadCall, "no")];

        foreach (var reply in others)
        {
            CanonicalCallResult.TryDecode(Messages.Encode(reply), out _).Should().BeFalse(Wire(reply));
            Wire(Messages.DecodeReply(Messages.Encode(reply))).Should().Be(Wire(reply));
        }
    }

    [Fact]
    public void Other_spellings_of_the_same_reply_are_left_to_the_general_decoder()
    {
        string[] variants =
        [
            """{"result":{"outcome":"ok","ticks":1,"allocatedBytes":0,"wallMs":0},"type":"result","runnerExits":false}""",
            """{"type":"result","result":{"outcome":"OK","ticks":1,"allocatedBytes":0,"wallMs":0},"runnerExits":false}""",
            """{"type":"result","result":{"outcome":0,"ticks":1,"allocatedBytes":0,"wallMs":0},"runnerExits":false}""",
            """{"type":"result","result":{"ticks":1,"outcome":"ok","allocatedBytes":0,"wallMs":0},"runnerExits":false}""",
            """{"type":"result","result":{"outcome":"ok","ticks":1,"allocatedBytes":0,"wallMs":0}}""",
        ];

        foreach (var variant in variants)
            CanonicalCallResult.TryDecode(Encoding.UTF8.GetBytes(variant), out _).Should().BeFalse(variant);
    }

    // Mostly characters that keep the JSON well formed, so that many mutations reach the decoders' checks.
    private const string Alphabet = "0123456789.-e\"{}[],: atrue";

    [Fact]
    public void Whatever_it_accepts_of_mutated_replies_the_general_decoder_decodes_the_same()
    {
        var random = new Random(13);
        var accepted = 0;
        for (var i = 0; i < 20_000; i++)
        {
            var payload = Messages.Encode(RunnerReplies[random.Next(RunnerReplies.Length)]);
            for (var m = random.Next(1, 3); m > 0; m--)
                payload[random.Next(payload.Length)] = random.Next(3) == 0 ? (byte)random.Next(256) : (byte)Alphabet[random.Next(Alphabet.Length)];
            if (random.Next(5) == 0) payload = payload[..random.Next(payload.Length)];

            if (!CanonicalCallResult.TryDecode(payload, out var fast)) continue;
            accepted++;
            var general = () => General(payload);
            general.Should().NotThrow($"the fast decoder accepted {Encoding.UTF8.GetString(payload)}");
            Wire(fast).Should().Be(Wire(General(payload)), Encoding.UTF8.GetString(payload));
        }
        accepted.Should().BeGreaterThan(100, "many mutations (a digit for a digit) keep the shape, and those are compared");
    }
}
