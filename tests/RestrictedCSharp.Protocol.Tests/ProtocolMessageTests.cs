using System.Text;
using System.Text.Json;
using RestrictedCSharp.Protocol;

namespace RestrictedCSharp.Protocol.Tests;

public sealed class ProtocolMessageTests
{
    private static readonly CallBudgets Budgets = new(1000, 50, 1 << 20);

    public static TheoryData<Request> Requests() =>
    [
        new LoadRequest(new AssemblyImage("b.dll", [1, 2, 3], Pdb: [4]), "Bot", null, [new AssemblyImage("api.dll", [5, 6])], Budgets),
        new CallRequest("Act", [JsonSerializer.SerializeToElement(new { x = 1 }), JsonSerializer.SerializeToElement("s")], Budgets),
        new CallRequest("Act", []),
        new PingRequest(),
        new SelfTestRequest("/etc/passwd", "/tmp", 1234),
        new ShutdownRequest(),
    ];

    [Theory]
    [MemberData(nameof(Requests))]
    public void Requests_round_trip(Request request)
    {
        var decoded = Messages.DecodeRequest(Messages.Encode(request));

        decoded.GetType().Should().Be(request.GetType());
        Encoding.UTF8.GetString(Messages.Encode(decoded)).Should().Be(Encoding.UTF8.GetString(Messages.Encode(request)));
    }

    [Fact]
    public void A_load_carries_the_bots_bytes_and_nothing_derived_from_them()
    {
        var load = new LoadRequest(new AssemblyImage("b.dll", [1, 2, 3], Pdb: [4]), "Bot", null, [new AssemblyImage("api.dll", [5, 6])], Budgets);

        using var json = JsonDocument.Parse(Messages.Encode(load));
        var root = json.RootElement;

        root.EnumerateObject().Select(p => p.Name).Should().Equal("type", "assembly", "entryTypeName", "botInterfaceName", "references", "budgets");
        root.GetProperty("assembly").EnumerateObject().Select(p => p.Name).Should().Equal("name", "bytes", "pdb");
        root.GetProperty("assembly").GetProperty("bytes").GetBytesFromBase64().Should().Equal(1, 2, 3);
        root.GetProperty("references")[0].EnumerateObject().Select(p => p.Name).Should().Equal(["name", "bytes"], "a missing PDB is left out");
        ((LoadRequest)Messages.DecodeRequest(Messages.Encode(load))).References[0].Pdb.Should().BeNull();
    }

    [Fact]
    public void Replies_round_trip()
    {
        Reply[] replies =
        [
            new ReadyReply(new SandboxReport(true, 7, [new SandboxLayerReport("seccomp", true, "on")], null)),
            new CallResultReply(new CallResult
            {
                Outcome = CallOutcome.Exception, Ticks = 5, AllocatedBytes = 64, WallMs = 0.25, Message = "boom",
                StackFrames = [new BotStackFrame("Bot.Act", "Bot.cs", 12)],
            }),
            new CallResultReply(new CallResult { Outcome = CallOutcome.Ok, Value = JsonSerializer.SerializeToElement(new[] { 1, 2 }) }),
            new PongReply(),
            new SelfTestReply([new EscapeAttemptReport("fork", true, "EPERM")]),
            new ErrorReply(ErrorCodes.ProtocolError, "bad"),
        ];
        foreach (var reply in replies)
        {
            var encoded = Messages.Encode(reply);
            Encoding.UTF8.GetString(Messages.Encode(Messages.DecodeReply(encoded))).Should().Be(Encoding.UTF8.GetString(encoded));
        }
    }

    [Theory]
    [InlineData(CallOutcome.Ok, "ok")]
    [InlineData(CallOutcome.TickLimit, "tick-limit")]
    [InlineData(CallOutcome.StackLimit, "stack-limit")]
    [InlineData(CallOutcome.AllocLimit, "alloc-limit")]
    [InlineData(CallOutcome.MemoryLimit, "memory-limit")]
    [InlineData(CallOutcome.ProtocolError, "protocol-error")]
    public void Outcomes_have_their_kebab_case_names_on_the_wire(CallOutcome outcome, string name)
    {
        outcome.ToWireName().Should().Be(name);
        Messages.ToJson(new CallResult { Outcome = outcome }).Should().Contain($"\"outcome\":\"{name}\"");
    }

    [Theory]
    [InlineData("")]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("{}")]
    [InlineData("""{"type":"launch-missiles"}""")]
    [InlineData("""{"type":"call"}""")]
    [InlineData("""{"type":"call","method":null,"arguments":[]}""")]
    [InlineData("""{"type":"call","method":"Act","arguments":null}""")]
    [InlineData("""{"type":"load","assemblyPath":"/b.dll"}""")]
    [InlineData("""{"type":"call","method":"Act","arguments":[],"budgets":{"ticks":"many"}}""")]
    [InlineData("{\"type\":\"ping\"")]
    [InlineData("\u00ff\u00fe")]
    public void Anything_that_is_not_a_valid_request_is_a_protocol_error(string json)
    {
        var decode = () => Messages.DecodeRequest(Encoding.UTF8.GetBytes(json));
        decode.Should().Throw<ProtocolException>();
    }
}
