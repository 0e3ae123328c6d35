using RestrictedCSharp.Guards.Tests.Infrastructure;

namespace RestrictedCSharp.Guards.Tests;

/// <summary>
/// Expression bodies laid out as real bots lay them out: the body followed by a line break (or a comment and
/// a line break) before the closing ')' or ';'. The rewriter once wrote such a line break twice and failed its
/// own line-count validation (GuardRewriteException), so these bots could not be built at all.
/// </summary>
public sealed class ExpressionBodyLayoutTests
{
    public static TheoryData<string> Layouts() => new()
    {
        // A lambda argument whose body ends its line, the ')' on the next.
        """
        public class Bot
        {
            public static int Run() => Apply(x => x + 1
            );
            static int Apply(System.Func<int, int> f) => f(1);
        }
        """,
        // A lambda assigned, the ';' on the next line.
        """
        public class Bot
        {
            public static int Run()
            {
                System.Func<int, int> f = x => x * 2
                    ;
                return f(2);
            }
        }
        """,
        // An expression-bodied member whose ';' is on the next line.
        """
        public class Bot
        {
            static int _x = 3;
            public static int Run() => _x + Helper()
                ;
            static int Helper() => Run2()
            ;
            static int Run2() { var s = 0; for (var i = 0; i < _x; i++) { s += i; } return s; }
            public static int P => Helper()
                ;
        }
        """,
        // Nested lambdas, each body ending its line.
        """
        public class Bot
        {
            public static int Run() => Apply(x => Apply(y => y + x
                )
            );
            static int Apply(System.Func<int, int> f) => f(1);
        }
        """,
        // Comments between the body and the ')' or ';'.
        """
        public class Bot
        {
            public static int Run() => Apply(x => x + 1 // one more
            ) + Apply(x => x /* same */
            );
            static int Apply(System.Func<int, int> f) => f(1); // applies
            static int Q() => Run() // trailing comment
                ;
        }
        """,
        // A lambda in a LINQ call chain with the ')' on its own line, as formatters lay it out.
        """
        using System.Linq;
        public class Bot
        {
            public static int Run() => new[] { 1, 2, 3 }
                .Select(v => v * v
                )
                .Where(v => v > 1
                    // keep the big ones
                )
                .Sum();
        }
        """,
        // A parenthesized lambda with a block-less body on several lines, closing a method argument list.
        """
        public class Bot
        {
            public static int Run() => Combine(1, (a, b) =>
                a + b
            );
            static int Combine(int seed, System.Func<int, int, int> f) => f(seed, 2);
        }
        """,
    };

    [Theory]
    [MemberData(nameof(Layouts))]
    public void The_guarded_source_keeps_every_line_and_builds(string source)
    {
        var guarded = BotCompiler.Guard(source);

        guarded.Success.Should().BeTrue(string.Join("; ", guarded.Diagnostics));
        var text = guarded.Trees.Single().Guarded.ToString().ReplaceLineEndings("\n");
        text.Split('\n').Should().HaveCount(source.ReplaceLineEndings("\n").Split('\n').Length, text);
        text.Should().Contain("global::RestrictedCSharp.Guards.Guard.");
        BotCompiler.Emit(guarded.Compilation);
    }

    [Theory]
    [MemberData(nameof(Layouts))]
    public void The_guarded_bot_computes_what_the_plain_one_does(string source)
    {
        var guarded = BotRun.Guarded(source);
        var plain = BotRun.Unguarded(source);

        guarded.Exception.Should().BeNull();
        guarded.Result.Should().Be(plain.Result).And.NotBeNull();
    }
}
