using RestrictedCSharp.Hosting.Tests.Infrastructure;
using RestrictedCSharp.Protocol;
using static RestrictedCSharp.Hosting.Tests.Infrastructure.Json;

namespace RestrictedCSharp.Hosting.Tests;

/// <summary>
/// Bot text is bounded per call in the runner and again in the host: an exception type whose name doubles with
/// each generic level (gigabytes at 26 levels), a message the bot builds as large as its budget allows, frames
/// of deeply generic types. The bots are unguarded, with the audit skipped: the runner and host bounds alone.
/// </summary>
[Collection(RunnerCollection.Name)]
public sealed class BotTextBoundsTests(HostFixture fixture)
{
    private const string Source = """
        using System;

        public sealed class P<A, B> { }
        public struct S<A, B> { } // a value type: code is not shared, so a frame's method is on the exact instantiation
        public sealed class Boom<T> : Exception { }
        public sealed class Loud : Exception
        {
            private readonly int _chars;
            public Loud(int chars) => _chars = chars;
            public override string Message => new string('m', _chars);
        }
        public static class Deep<T>
        {
            public static int Go(int levels) => levels == 0 ? throw new InvalidOperationException("deep") : Deep<S<T, T>>.Go(levels - 1);
        }

        public class TextBot
        {
            // Each level doubles the exception type's full name: P`2[[P`2[[…]],[P`2[[…]]]]].
            public int Nest(int levels) => Nest<int>(levels);
            private static int Nest<T>(int levels) => levels == 0 ? throw new Boom<T>() : Nest<P<T, T>>(levels - 1);

            public int Shout(int chars) => throw new Loud(chars);

            public int Frames(int levels) => Deep<int>.Go(levels);

            public int Plain(int levels) => levels == 0 ? throw new Boom<int>() : 0;
        }
        """;

    private static BotHostOptions Options => HostFixture.Options with { SkipAudit = true, TimeoutMs = 60_000 };

    [Theory]
    [InlineData(16)] // about 6 M characters: carried whole before the bound
    [InlineData(40)] // a name of terabytes: only a walk with a budget can describe it
    public async Task An_exception_type_whose_name_doubles_per_generic_level_is_reported_within_the_message_bound(int levels)
    {
        await using var bot = await fixture.StartAsync(TestBotCompiler.Plain(Source), Options);

        var result = await bot.CallAsync("Nest", Args(levels));

        result.Outcome.Should().Be(CallOutcome.Exception, result.Message);
        result.Message!.Length.Should().BeLessThanOrEqualTo(BotText.MaxMessageChars);
        result.Message.Should().StartWith("Boom`1[P`2[P`2[", "the name is written from its start, within the budget");
        result.Message.Should().EndWith(BotText.Cut);
        bot.ProcessesUsed.Should().Be(1, "describing the exception does not exhaust the runner");
    }

    [Fact]
    public async Task A_message_as_large_as_the_allocation_budget_allows_is_cut_to_the_bound()
    {
        await using var bot = await fixture.StartAsync(TestBotCompiler.Plain(Source), Options);

        var result = await bot.CallAsync("Shout", Args(4_000_000));

        result.Outcome.Should().Be(CallOutcome.Exception, result.Message);
        result.Message.Should().StartWith("Loud: mmm");
        result.Message!.Length.Should().BeLessThanOrEqualTo(BotText.MaxMessageChars);
    }

    [Fact]
    public async Task Frames_of_deeply_generic_types_are_bounded_in_number_and_length()
    {
        await using var bot = await fixture.StartAsync(TestBotCompiler.Plain(Source), Options);

        var result = await bot.CallAsync("Frames", Args(100));

        result.Outcome.Should().Be(CallOutcome.Exception, result.Message);
        result.StackFrames.Should().NotBeNull();
        result.StackFrames!.Count.Should().BeInRange(1, BotText.MaxFrames);
        result.StackFrames.Should().AllSatisfy(f =>
            f.Method.Length.Should().BeLessThanOrEqualTo(BotText.MaxFrameMethodChars));
        // The runtime reports a shared generic frame on its definition (Deep`1.Go), but the runner writes
        // every declaring type with a budget, whatever a frame reports.
        result.StackFrames.Should().Contain(f => f.Method.StartsWith("Deep`1", StringComparison.Ordinal));
    }

    [Fact]
    public void The_host_bounds_a_reply_that_the_runner_did_not()
    {
        var frame = new BotStackFrame(new string('t', 100_000), new string('f', 100_000), 7);
        var flood = new CallResult
        {
            Outcome = CallOutcome.Exception,
            Message = new string('x', 1_000_000),
            StackFrames = [.. Enumerable.Repeat(frame, 10_000)],
        };

        var bounded = BotText.Bound(flood);

        bounded.Message!.Length.Should().Be(BotText.MaxMessageChars);
        bounded.StackFrames!.Count.Should().Be(BotText.MaxFrames);
        bounded.StackFrames.Should().AllSatisfy(f =>
        {
            f.Method.Length.Should().Be(BotText.MaxFrameMethodChars);
            f.File!.Length.Should().Be(BotText.MaxFramePathChars);
            f.Line.Should().Be(7);
        });
        BotText.Bound(bounded).Should().BeSameAs(bounded, "a result within the bounds is kept as it is");
    }

    [Fact]
    public void Cutting_never_splits_a_surrogate_pair()
    {
        var text = new string('a', 9) + "\U0001F600" + "tail";

        BotText.Truncate(text, 10).Should().Be(new string('a', 9) + BotText.Cut);
        BotText.Truncate(text, 11).Should().Be(new string('a', 9) + BotText.Cut, "the pair is kept whole or not at all");
    }

    [Fact]
    public async Task An_exception_without_a_message_gets_the_default_message_written_from_the_bounded_name()
    {
        // The runner reads the stored message itself (the runtime would build the default from the unbounded
        // name): a field it cannot read would show as "could not be read" here.
        await using var bot = await fixture.StartAsync(TestBotCompiler.Plain(Source), Options);

        var result = await bot.CallAsync("Plain", Args(0));

        result.Outcome.Should().Be(CallOutcome.Exception, result.Message);
        result.Message.Should().Be("Boom`1[System.Int32]: Exception of type 'Boom`1[System.Int32]' was thrown.");
    }
}
