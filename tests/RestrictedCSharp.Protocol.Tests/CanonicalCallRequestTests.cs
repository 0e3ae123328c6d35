using System.Text;
using System.Text.Json;
using RestrictedCSharp.Protocol;

namespace RestrictedCSharp.Protocol.Tests;

/// <summary>
/// The call-request decoder that takes the host's own shape in one pass: it takes every call request a host
/// writes, and whatever it accepts decodes exactly as the general decoder decodes it — on the host's
/// requests and on thousands of mutations of them.
/// </summary>
public sealed class CanonicalCallRequestTests
{
    private static readonly CallRequest[] HostRequests =
    [
        new("Add", [JsonSerializer.SerializeToElement(20), JsonSerializer.SerializeToElement(22)]),
        new("Act", []),
        new("Choose", [JsonSerializer.SerializeToElement(new[] { new { x = 0, y = 0, value = 3 }, new { x = 1, y = 2, value = 5 } })]),
        new("Echo", [JsonSerializer.SerializeToElement("q\"\\\u00e9\u2013"), JsonSerializer.SerializeToElement<object?>(null),
            JsonSerializer.SerializeToElement(-1.5e-300), JsonSerializer.SerializeToElement(true)]),
        new("Act", [JsonSerializer.SerializeToElement(1)], new CallBudgets(1_000, 50, 1 << 20)),
        new("M\u00e9thode", [], new CallBudgets(long.MaxValue, int.MaxValue, long.MaxValue)),
    ];

    private static Request General(ReadOnlySpan<byte> payload) =>
        JsonSerializer.Deserialize(payload, ProtocolJsonContext.Default.Request) ?? throw new JsonException("null");

    private static string Wire(Request request) => Encoding.UTF8.GetString(Messages.Encode(request));

    [Fact]
    public void Every_call_request_a_host_writes_is_taken_and_decodes_as_the_general_decoder_decodes_it()
    {
        foreach (var request in HostRequests)
        {
            var payload = Messages.Encode(request);

            CanonicalCallRequest.TryDecode(payload, out var fast).Should().BeTrue(Wire(request));

            Wire(fast!).Should().Be(Wire(General(payload))).And.Be(Wire(request));
        }
    }

    [Fact]
    public void Other_requests_and_other_spellings_are_left_to_the_general_decoder()
    {
        string[] others =
        [
            Wire(new PingRequest()),
            Wire(new LoadRequest(new AssemblyImage("b.dll", [1, 2, 3]), null, null, [], new CallBudgets(1, 1, 1))),
            """{"method":"Add","type":"call","arguments":[],"budgets":null}""",
            """{"type":"call","method":"Add","arguments":[]}""",
            """{"type":"call","method":"Add","arguments":[],"budgets":{"callDepth":1,"ticks":1,"allocatedBytes":1}}""",
            """{"type":"call","method":"Add","arguments":[],"budgets":{"ticks":1,"callDepth":1.5,"allocatedBytes":1}}""",
        ];

        foreach (var other in others)
            CanonicalCallRequest.TryDecode(Encoding.UTF8.GetBytes(other), out _).Should().BeFalse(other);
    }

    // Mostly characters that keep the JSON well formed, so that many mutations reach the decoders' checks.
    private const string Alphabet = "0123456789.-e\"{}[],: nul";

    [Fact]
    public void Whatever_it_accepts_of_mutated_requests_the_general_decoder_decodes_the_same()
    {
        var random = new Random(17);
        var accepted = 0;
        for (var i = 0; i < 20_000; i++)
        {
            var payload = Messages.Encode(HostRequests[random.Next(HostRequests.Length)]);
            for (var m = random.Next(1, 3); m > 0; m--)
                payload[random.Next(payload.Length)] = random.Next(3) == 0 ? (byte)random.Next(256) : (byte)Alphabet[random.Next(Alphabet.Length)];
            if (random.Next(5) == 0) payload = payload[..random.Next(payload.Length)];

            if (!CanonicalCallRequest.TryDecode(payload, out var fast)) continue;
            accepted++;
            var general = () => General(payload);
            general.Should().NotThrow($"the fast decoder accepted {Encoding.UTF8.GetString(payload)}");
            Wire(fast).Should().Be(Wire(General(payload)), Encoding.UTF8.GetString(payload));
        }
        accepted.Should().BeGreaterThan(100, "many mutations (a digit for a digit) keep the shape, and those are compared");
    }
}
