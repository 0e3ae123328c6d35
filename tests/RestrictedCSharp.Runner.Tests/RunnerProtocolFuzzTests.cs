using System.Buffers.Binary;
using System.Text;
using RestrictedCSharp.Runner.Tests.Infrastructure;
using RestrictedCSharp.Protocol;


namespace RestrictedCSharp.Runner.Tests;

/// <summary>
/// What no host sends, written straight into a real runner: it answers with a protocol-error and exits,
/// or exits at the end of its input — it never hangs (every wait here fails the test after 15 s).
/// </summary>
[Collection(RunnerCollection.Name)]
public sealed class RunnerProtocolFuzzTests
{
    private static byte[] Frame(byte[] payload)
    {
        var frame = new byte[4 + payload.Length];
        BinaryPrimitives.WriteInt32LittleEndian(frame, payload.Length);
        payload.CopyTo(frame, 4);
        return frame;
    }

    private static async Task RefusesWithProtocolErrorAndExits(RawRunner runner)
    {
        var reply = await runner.ReceiveAsync();
        reply.Should().BeOfType<ErrorReply>().Which.Code.Should().Be(ErrorCodes.ProtocolError);
        (await runner.ExitCodeAsync()).Should().Be(RunnerExitCodes.ProtocolError);
    }

    public static TheoryData<string, byte[]> RefusedAtOnce() => new()
    {
        { "oversize length", [0xff, 0xff, 0xff, 0x7f, 1, 2, 3] },
        { "negative length", [0xff, 0xff, 0xff, 0xff] },
        { "not json", Frame("\u0001garbage"u8.ToArray()) },
        { "unknown message", Frame("""{"type":"format-disk"}"""u8.ToArray()) },
        { "missing field", Frame("""{"type":"call","arguments":[]}"""u8.ToArray()) },
    };

    [Theory]
    [MemberData(nameof(RefusedAtOnce))]
    public async Task A_malformed_frame_is_refused_at_once_without_waiting_for_more(string what, byte[] bytes)
    {
        await using var runner = await RawRunner.StartAsync();

        await runner.WriteAsync(bytes);

        await RefusesWithProtocolErrorAndExits(runner);
        _ = what;
    }

    [Fact]
    public async Task A_truncated_frame_is_refused_when_the_input_ends()
    {
        await using var runner = await RawRunner.StartAsync();

        await runner.WriteAsync([100, 0, 0, 0, (byte)'{', (byte)'"']);
        runner.CloseInput();

        await RefusesWithProtocolErrorAndExits(runner);
    }

    [Fact]
    public async Task Garbage_after_a_valid_exchange_is_still_refused_cleanly()
    {
        await using var runner = await RawRunner.StartAsync();

        await runner.WriteAsync(Frame(Messages.Encode(new PingRequest())));
        (await runner.ReceiveAsync()).Should().BeOfType<PongReply>();
        await runner.WriteAsync(Frame(Encoding.UTF8.GetBytes("""{"type":"call","method":"Act","arguments":[]}""")));
        (await runner.ReceiveAsync()).Should().BeOfType<ErrorReply>().Which.Code.Should().Be(ErrorCodes.InvalidState);
        await runner.WriteAsync([3, 0, 0, 0, 0xc0, 0xc1, 0xf5]);

        await RefusesWithProtocolErrorAndExits(runner);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Random_bytes_end_the_runner_cleanly(int seed)
    {
        var random = new Random(seed);
        var bytes = new byte[random.Next(1, 2048)];
        random.NextBytes(bytes);
        await using var runner = await RawRunner.StartAsync();

        await runner.WriteAsync(bytes);
        runner.CloseInput();

        var reply = await runner.ReceiveAsync();
        if (reply is not null) reply.Should().BeOfType<ErrorReply>().Which.Code.Should().Be(ErrorCodes.ProtocolError);
        (await runner.ExitCodeAsync()).Should().BeOneOf(RunnerExitCodes.ProtocolError, RunnerExitCodes.Clean);
    }

    [Fact]
    public async Task A_closed_input_between_frames_is_a_clean_exit()
    {
        await using var runner = await RawRunner.StartAsync();

        runner.CloseInput();

        (await runner.ReceiveAsync()).Should().BeNull();
        (await runner.ExitCodeAsync()).Should().Be(RunnerExitCodes.Clean);
    }
}
