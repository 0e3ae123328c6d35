using RestrictedCSharp.Guards.Tests.Infrastructure;

namespace RestrictedCSharp.Guards.Tests;

/// <summary>
/// Members that work per match (<c>cost … matches</c>: <c>Split</c>, string <c>Replace</c>, <c>ReplaceLineEndings</c>,
/// <c>StringBuilder.Replace</c>): a text of separators makes every character a match, tens of nanoseconds each, where
/// eight characters to a tick assumed a vectorized scan. In the runner, <c>new string('a', 15_000_000).Replace("a", "a,")</c>
/// took over a second on 1.9 million ticks and ended <c>timeout</c>; charged per character, it cannot start.
/// </summary>
[Collection(GuardStateCollection.Name)]
public sealed class TextMatchChargeTests
{
    // Enough allocation that only ticks can trip: six calls over 200,000 characters are 150,000 ticks at eight
    // characters a tick, and 1,200,000 at one.
    private static readonly GuardLimits Limits = new(ticks: 1_000_000, callDepth: 500, allocatedBytes: 1L << 30);

    private static BotOutcome Run(string body) => BotRun.Guarded($$"""
        using System;
        using System.Text;

        public static class Bot
        {
            public static long Run()
            {
                long x = 0;
                {{body}}
                return x;
            }
        }
        """, Limits);

    [Theory]
    [InlineData("var text = new string(',', 200_000); for (int r = 0; r < 6; r++) x += text.Split(',').Length;")]
    [InlineData("var text = new string('a', 200_000); for (int r = 0; r < 6; r++) x += text.Replace(\"a\", \"\").Length;")]
    [InlineData("var text = new string('a', 200_000); for (int r = 0; r < 6; r++) x += text.Replace(\"a\", \"b\", StringComparison.Ordinal).Length;")]
    [InlineData("var text = new string('\\n', 200_000); for (int r = 0; r < 6; r++) x += text.ReplaceLineEndings(\"\").Length;")]
    [InlineData("for (int r = 0; r < 6; r++) x += new StringBuilder(new string('a', 200_000)).Replace(\"a\", \"\").Length;")]
    public void Work_per_match_is_charged_per_character(string body)
    {
        var outcome = Run(body);
        outcome.Tripped.Should().Be(GuardLimitKind.Ticks, outcome.ToString());
    }

    [Theory]
    [InlineData("var text = new string('a', 200_000); for (int r = 0; r < 6; r++) x += text.Replace('a', 'b').Length;")]
    [InlineData("var text = new string('a', 200_000); for (int r = 0; r < 6; r++) x += text.IndexOf(',');")]
    public void A_vectorized_scan_is_still_charged_eight_characters_to_a_tick(string body)
    {
        var outcome = Run(body);
        outcome.Tripped.Should().Be(GuardLimitKind.None, outcome.ToString());
    }

    [Fact]
    public void The_receiver_of_a_member_that_works_per_match_is_charged_per_character()
    {
        var guarded = BotCompiler.Guard("""
            public static class Bot
            {
                public static int Run(string text, System.Text.StringBuilder builder)
                    => text.Split(',').Length + text.Replace("a", "bb").Length + text.Replace('a', 'b').Length + builder.Replace("a", "").Length;
            }
            """).Trees.Single().Guarded.ToString();

        guarded.Should().Contain("Guard.WalkMatches(text).Split(',')")
            .And.Contain("Guard.WalkMatches(text).Replace(\"a\", \"bb\")")
            .And.Contain("Guard.Walk(text, false).Replace('a', 'b')")
            .And.Contain("Guard.WalkMatches(builder).Replace(\"a\", \"\")");
    }
}
