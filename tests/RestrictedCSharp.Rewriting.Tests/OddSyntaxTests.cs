using System.Text;
using Microsoft.CodeAnalysis;
using RestrictedCSharp.Guards.Tests.Infrastructure;
using RestrictedCSharp.Rewriting;

namespace RestrictedCSharp.Rewriting.Tests;

/// <summary>
/// Odd sources given straight to the rewriter, nested about as deep as the front door's syntax-depth limit (512 in the
/// bots preset) lets through: each is rewritten or refused with diagnostics, never an exception out of
/// <see cref="GuardRewriter.Rewrite"/>.
/// </summary>
public sealed class OddSyntaxTests
{
    public static TheoryData<string, string> Sources() => new()
    {
        { "nested lambdas", Wrap("System.Func<int> f = " + Repeat("() => ", 100) + "1;") },
        { "nested expression-bodied local functions", Wrap(NestedLocalFunctions(100)) },
        { "deep parentheses", Wrap("int x = " + Repeat("(", 250) + "1" + Repeat(")", 250) + ";") },
        { "long sum", Wrap("int x = 0" + Repeat(" + 1", 500) + ";") },
        { "deep blocks", Wrap(Repeat("{ ", 500) + Repeat("} ", 500)) },
        { "deep conditional access", Wrap("string? s = null; var n = s" + Repeat("?.ToString()", 500) + ";") },
        { "deep ternaries", Wrap("int a = 1; int x = " + Repeat("a > 0 ? 1 : ", 250) + "0;") },
        { "missing tokens", "public static class Bot { public static int M( => ; int P { get => } }" },
        { "unterminated", "public static class Bot { public static int M() => (1 +" },
    };

    [Theory]
    [MemberData(nameof(Sources))]
    public void An_odd_source_is_rewritten_or_refused_never_thrown(string name, string source)
    {
        var result = RunOn(1536 * 1024, () => GuardRewriter.Rewrite(BotCompiler.CreateCompilation(source), DefaultAllocationSizeRules.Create()));

        result.Should().NotBeNull(name);
        if (!result!.Success)
        {
            result.Diagnostics.Should().NotBeEmpty(name).And.OnlyContain(d => d.Severity == DiagnosticSeverity.Error);
        }
    }

    // The same tree on a stack too small for it: Roslyn's rewriter stops with InsufficientExecutionStackException, which
    // used to leave Rewrite as a crash with a stack trace. Now it is RCX2001.
    [Fact]
    public void A_tree_deeper_than_the_stack_allows_is_refused_with_RCX2001()
    {
        var compilation = BotCompiler.CreateCompilation(
            "public static class Bot { public static int M() { int x = " + Repeat("(", 400) + "1" + Repeat(")", 400) + "; return x; } }");
        compilation.GetDiagnostics().Should().NotContain(d => d.Severity == DiagnosticSeverity.Error);

        var result = RunOn(256 * 1024, () => GuardRewriter.Rewrite(compilation, DefaultAllocationSizeRules.Create()));

        result!.Success.Should().BeFalse();
        result.Diagnostics.Should().ContainSingle().Which.Id.Should().Be("RCX2001");
        result.Diagnostics.Single().GetMessage().Should().Contain(nameof(InsufficientExecutionStackException));
    }

    private static string Wrap(string body) => "public static class Bot { public static void M() { " + body + " } }";

    private static string Repeat(string text, int count) => new StringBuilder().Insert(0, text, count).ToString();

    private static string NestedLocalFunctions(int depth)
    {
        var text = new StringBuilder();
        for (var i = 0; i < depth; i++)
        {
            text.Append($"int F{i}() {{ return G{i}(); int G{i}() => ");
        }

        text.Append('1');
        for (var i = 0; i < depth; i++)
        {
            text.Append("; }");
        }

        return text.ToString() + " F0();";
    }

    // rcsc rewrites after an await, on a thread-pool thread (1.5 MiB of stack); the theory runs on the same.
    private static GuardedCompilation? RunOn(int stackBytes, Func<GuardedCompilation> rewrite)
    {
        GuardedCompilation? result = null;
        Exception? thrown = null;
        var thread = new Thread(() =>
        {
            try
            {
                result = rewrite();
            }
            catch (Exception e)
            {
                thrown = e;
            }
        }, stackBytes);
        thread.Start();
        thread.Join();
        thrown.Should().BeNull(thrown?.ToString());
        return result;
    }
}
