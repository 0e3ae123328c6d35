using RestrictedCSharp.Hosting.Tests.Infrastructure;
using RestrictedCSharp.Protocol;
using static RestrictedCSharp.Hosting.Tests.Infrastructure.Json;

namespace RestrictedCSharp.Hosting.Tests;

/// <summary>
/// A collection expression into a <c>Span</c> of up to 16 elements is built in an inline array in its function's
/// frame, which the estimate now counts: 16 values of a 16 KiB struct (a 256 KiB frame, more than a probe
/// guarantees) were accepted and ended the runner by signal 6 (escape corpus 294); they are refused now (RCX0501).
/// Five values of an 8 KiB struct stay accepted, probe on every entry, and the recursion ends at the stack limit.
/// </summary>
[Collection(RunnerCollection.Name)]
public sealed class SpanBufferFrameTests(HostFixture fixture)
{
    private const string SpanBufferBot = """
        using System;

        public struct Row { public long A, B, C, D, E, F, G, H; public override bool Equals(object o) => false; public override int GetHashCode() => 1; public override string ToString() => "r"; }
        public struct Block { public Row A, B, C, D, E, F, G, H; public override bool Equals(object o) => false; public override int GetHashCode() => 1; public override string ToString() => "b"; }
        public struct Cell { public Block A, B, C, D, E, F, G, H, I, J, K, L, M, N, O, P; public override bool Equals(object o) => false; public override int GetHashCode() => 1; public override string ToString() => "c"; }

        public sealed class Bot
        {
            private static readonly Cell Stored = new Cell();

            private static int Sum(Span<Cell> cells)
            {
                var sum = 0;
                foreach (ref var cell in cells) sum += (int)cell.P.H.H;
                return sum;
            }

            public int Deep(int depth)
            {
                Span<Cell> buffer = [Stored, Stored, Stored, Stored, Stored];
                return depth > 100_000 ? buffer.Length : Deep(depth + 1) + Sum(buffer);
            }
        }
        """;

    [Fact]
    public async Task Recursion_with_a_span_buffer_in_each_frame_ends_at_the_stack_limit_not_a_crash()
    {
        await using var bot = await fixture.StartAsync(
            TestBotCompiler.Guarded(SpanBufferBot), HostFixture.Options with { CallDepth = 1_000_000, Ticks = 100_000_000 });
        bot.Load.Outcome.Should().Be(CallOutcome.Ok, bot.Load.Message);

        var result = await bot.CallAsync("Deep", Args(0));

        result.Outcome.Should().Be(CallOutcome.StackLimit, result.Message);
    }
}
