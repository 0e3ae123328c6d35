using System.Text.Json;

namespace RestrictedCSharp.Cli.Tests;

/// <summary>
/// Library work no guard stood at, end to end with <c>rcsc run</c> under the <c>bots</c> preset's budgets: a receiver
/// reached through <c>base</c> or a second <c>?.</c>, and members that work per match over a text. Each ended
/// <c>timeout</c> at the wall clock before it was charged (docs/soundness/library-work.md); each must now end inside
/// its budgets, charged before the work runs.
/// </summary>
public class UnwrappableReceiverRunTests
{
    private static readonly string[] OutcomesInsideBudgets = ["ok", "exception", "tick-limit", "stack-limit", "alloc-limit", "memory-limit"];

    // A wall clock ten times the preset's: a budget reached late on a loaded machine is still a budget, while work
    // the meter does not see (a million uncharged rounds) runs past it anyway.
    private const string BackstopMs = "10000";

    public static TheoryData<string, string> Attacks() => new()
    {
        {
            "base-receiver", """
            using System.Collections.Generic;
            public sealed class Pile : List<int>
            {
                public Pile() : base(new int[1_000_000]) { }
                public int Probe(int rounds) { int found = 0; for (int i = 0; i < rounds; i++) { if (base.Contains(-1)) found++; } return found; }
            }
            public sealed class Bot
            {
                public int Act() => new Pile().Probe(1_000_000);
            }
            """
        },
        {
            "second-conditional-access", """
            using System.Collections.Generic;
            public sealed class Box { public List<int> Items = new List<int>(new int[1_000_000]); }
            public sealed class Bot
            {
                public int Act()
                {
                    var a = new Box();
                    int found = 0;
                    for (int i = 0; i < 1_000_000; i++) { if (a?.Items?.Contains(-1) == true) found++; }
                    return found;
                }
            }
            """
        },
        {
            "replace-per-match", """
            public sealed class Bot
            {
                public int Act() => new string('a', 15_000_000).Replace("a", "a,").Length;
            }
            """
        },
    };

    [Theory]
    [MemberData(nameof(Attacks))]
    public async Task Work_through_a_receiver_no_guard_stood_at_trips_the_tick_limit(string name, string source)
    {
        using var folder = new TempFolder();
        var path = folder.Write(name + ".cs", source);

        var result = await Rcsc.RunAsync("run", path, "--entry", "Bot", "--timeout-ms", BackstopMs, "--format", "json");

        result.ExitCode.Should().NotBe(ExitCodes.Rejected, result.ToString());
        JsonDocument.Parse(result.Stdout.Split('\n')[0]).RootElement.GetProperty("outcome").GetString().Should().Be("tick-limit", result.ToString());
    }

    [Fact]
    public async Task A_loop_of_the_largest_copies_and_per_match_work_ends_inside_the_budgets()
    {
        // Per call, what a copy allocates is paid for by its charge (a tick per element, or per character of a
        // text it searches for matches), and what is left over is measured after the call: each of these, looped,
        // must end at a budget, never at the wall clock.
        using var folder = new TempFolder();
        var path = folder.Write("Bot.cs", """
            using System.Collections.Generic;
            using System.Linq;
            using System.Text;
            public struct Wide { public long A, B, C, D, E, F, G, H; }
            public sealed class Bot
            {
                public long Act(int which)
                {
                    long total = 0;
                    var text = new string(',', 4_000_000);
                    var wide = new List<Wide>(new Wide[200_000]);
                    for (int round = 0; round < 1_000_000; round++)
                    {
                        total += which switch
                        {
                            0 => text.Split(',').Length,
                            1 => text.Replace(",", ",,").Length,
                            2 => text.ReplaceLineEndings("\r\n").Length + new StringBuilder(text).Replace(",", ",,").Length,
                            3 => wide.ToArray().Length + wide.GetRange(0, wide.Count).Count,
                            _ => string.Join(text, new string[64]).Length + text.ToCharArray().Length + text.Select(c => c).ToList().Count,
                        };
                    }

                    return total;
                }
            }
            """);

        foreach (var which in new[] { 0, 1, 2, 3, 4 })
        {
            var result = await Rcsc.RunAsync("run", path, "--args", $"[{which}]", "--timeout-ms", BackstopMs, "--format", "json");
            var outcome = JsonDocument.Parse(result.Stdout.Split('\n')[0]).RootElement.GetProperty("outcome").GetString();
            outcome.Should().BeOneOf(OutcomesInsideBudgets, $"copy {which}: {result}");
        }
    }
}
