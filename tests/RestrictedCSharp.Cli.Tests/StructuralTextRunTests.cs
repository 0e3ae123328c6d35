using System.Text.Json;

namespace RestrictedCSharp.Cli.Tests;

/// <summary>
/// Strings inside records, structs, tuples and anonymous types, compared, hashed and printed by members nobody
/// wrote (docs/soundness/library-work.md), run end to end with <c>rcsc run</c>. Each ended <c>timeout</c> at the
/// wall clock while a megabyte of characters cost one tick; each must now end <c>tick-limit</c>.
/// </summary>
public class StructuralTextRunTests
{
    public static TheoryData<string, string> Attacks() => new()
    {
        {
            "record-equality", """
            public sealed record Person(string Name, int Age);
            public sealed class Bot
            {
                public long Act()
                {
                    var a = new Person(new string('a', 1_000_000), 1);
                    var b = new Person(new string('a', 1_000_000), 1);
                    long x = 0;
                    for (int r = 0; r < 100_000; r++) x += a == b ? 1 : 0;
                    return x;
                }
            }
            """
        },
        {
            "record-set", """
            using System.Collections.Generic;
            public sealed record Person(string Name, int Age);
            public sealed class Bot
            {
                public long Act()
                {
                    var set = new HashSet<Person>();
                    var a = new Person(new string('a', 1_000_000), 1);
                    long x = 0;
                    for (int r = 0; r < 100_000; r++) x += set.Add(a with { Age = r }) ? 1 : 0;
                    return x;
                }
            }
            """
        },
        {
            "tuple-elements", """
            using System.Collections.Generic;
            public sealed class Bot
            {
                public long Act()
                {
                    var list = new List<(string, int)>();
                    for (int i = 0; i < 200; i++) list.Add((new string('a', 50_000), i));
                    var probe = (new string('a', 50_000), -1);
                    long x = 0;
                    for (int r = 0; r < 100_000; r++) x += list.Contains(probe) ? 1 : 0;
                    return x;
                }
            }
            """
        },
        {
            "record-interpolated", """
            public sealed record Person(string Name, int Age);
            public sealed class Bot
            {
                public long Act()
                {
                    var a = new Person(new string('a', 1_000_000), 1);
                    long x = 0;
                    for (int r = 0; r < 100_000; r++) x += $"{a}".Length;
                    return x;
                }
            }
            """
        },
        {
            "anonymous-equals", """
            public sealed class Bot
            {
                public long Act()
                {
                    var a = new { Name = new string('a', 1_000_000), Age = 1 };
                    var b = new { Name = new string('a', 1_000_000), Age = 1 };
                    long x = 0;
                    for (int r = 0; r < 100_000; r++) x += a.Equals(b) ? 1 : 0;
                    return x;
                }
            }
            """
        },
    };

    [Theory]
    [MemberData(nameof(Attacks))]
    public async Task Text_compared_by_members_nobody_wrote_ends_at_the_tick_limit(string name, string source)
    {
        using var folder = new TempFolder();
        var path = folder.Write(name + ".cs", source);

        var result = await Rcsc.RunAsync("run", path, "--ticks", "1000000", "--timeout-ms", "5000", "--format", "json");

        var outcome = JsonDocument.Parse(result.Stdout.Split('\n')[0]).RootElement.GetProperty("outcome").GetString();
        outcome.Should().Be("tick-limit", "{0} must be charged for the characters it compares:\n{1}", name, result);
    }
}
