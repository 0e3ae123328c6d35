using Microsoft.CodeAnalysis;
using RestrictedCSharp.Guards.Tests.Infrastructure;
using RestrictedCSharp.Rewriting;

namespace RestrictedCSharp.Rewriting.Tests;

/// <summary>
/// What the rewriter writes for work it once under-charged (the runner-level regressions are in
/// RestrictedCSharp.Hosting.Tests' MeteringSoundnessTests): charges are never clamped below the work,
/// large frames probe the stack, frames too large to probe are refused.
/// </summary>
public sealed class MeteringRewriteTests
{
    private static string GuardedText(string source) => BotCompiler.Guard(source).Trees.Single().Guarded.ToString();

    private static string Nest(int depth, string body)
        => string.Concat(Enumerable.Range(0, depth).Select(i => $"for (int n{i} = 0; n{i} < 16; n{i}++) ")) + body;

    [Fact]
    public void Nested_small_loops_are_charged_the_product_of_their_rounds_in_full()
    {
        var text = GuardedText($$"""
            internal class C
            {
                private object _o = new object();
                public long Run()
                {
                    _o.GetHashCode();
                    long s = 0;
                    {{Nest(9, "s++;")}}
                    return s;
                }
            }
            """);

        // 16^9 rounds of 2 ticks (a round of the innermost body) and more: far above an int, written in full.
        text.Should().Contain("Guard.TickLoop(2147483647, 0, ");
        var perRound = long.Parse(text.Split("Guard.TickLoop(2147483647, 0, ")[1].Split(')')[0], System.Globalization.CultureInfo.InvariantCulture);
        (perRound * int.MaxValue).Should().BeGreaterThanOrEqualTo(2 * (1L << 36));
    }

    [Fact]
    public void A_counter_written_in_the_condition_is_not_trusted()
    {
        var text = GuardedText("""
            internal class C
            {
                private object _o = new object();
                public long Run()
                {
                    _o.GetHashCode();
                    long s = 0;
                    for (int i = 0; i < 10 && (i = 0) == 0; i++) s++;
                    return s;
                }
            }
            """);

        text.Should().Contain("i++) { global::RestrictedCSharp.Guards.Guard.Tick(", "the loop ticks every round");
    }

    [Fact]
    public void A_function_with_a_large_frame_probes_the_stack_on_every_entry()
    {
        var text = GuardedText("""
            internal struct Row { public long A, B, C, D, E, F, G, H; }
            internal struct Block { public Row A, B, C, D, E, F, G, H; }
            internal struct Page { public Block A, B, C, D, E, F, G, H; }
            internal class C
            {
                private static long Small(int x) => x + 1;
                private static long Large(int x) { Page page = default; page.A.A.A = x; return page.A.A.A; }
                public long Run() => Small(1) + Large(2);
            }
            """);

        text.Should().Contain("private static long Large(int x) { global::RestrictedCSharp.Guards.Guard.Enter(");
        text.Should().Contain("global::RestrictedCSharp.Guards.Guard.ProbeStack();");
        text.Should().Contain("private static long Small(int x) => x + 1;", "a small leaf stays bare");
    }

    [Fact]
    public void A_frame_too_large_to_probe_is_refused()
    {
        var source = """
            internal struct Row { public long A, B, C, D, E, F, G, H; }
            internal struct Block { public Row A, B, C, D, E, F, G, H; }
            internal struct Page { public Block A, B, C, D, E, F, G, H; }
            internal struct Chapter { public Page A, B, C, D, E, F, G, H; }
            internal struct Book { public Chapter A, B, C, D, E, F, G, H; }
            internal class C
            {
                private static long First(Book book) => book.A.A.A.A.A;
            }
            """;

        var result = GuardRewriter.Rewrite(BotCompiler.CreateCompilation(source), DefaultAllocationSizeRules.Create());

        result.Success.Should().BeFalse();
        result.Diagnostics.Should().ContainSingle(d => d.Id == "RCX0501").Which.GetMessage().Should().Contain("First(Book)");
    }

    [Fact]
    public void A_large_struct_as_a_type_argument_of_own_generic_code_is_refused()
    {
        // The estimate counts a type parameter's value at 256 bytes; a 16 KiB struct would make each frame of
        // Deep<Volume> sixty times its estimate, unprobed.
        var source = """
            internal struct Row { public long A, B, C, D, E, F, G, H; }
            internal struct Block { public Row A, B, C, D, E, F, G, H; }
            internal struct Page { public Block A, B, C, D, E, F, G, H; }
            internal struct Volume { public Page A, B, C, D; }
            internal struct Small { public long A, B; }
            internal class C
            {
                private static int Deep<T>(T value, int depth) { T copy = value; return Deep(copy, depth + 1) + 1; }
                private static int Big() => Deep(default(Volume), 0);
                private static int Fine() => Deep(default(Small), 0) + Deep(1, 0) + Deep("s", 0);
            }
            """;

        var result = GuardRewriter.Rewrite(BotCompiler.CreateCompilation(source), DefaultAllocationSizeRules.Create());

        result.Success.Should().BeFalse();
        result.Diagnostics.Should().ContainSingle(d => d.Id == "RCX0505").Which.GetMessage().Should().Contain("'Volume' is about 16384 bytes");
    }

    [Fact]
    public void A_sixteen_ary_nest_of_structs_is_sized_in_one_pass_per_type()
    {
        // 16^8 fields if each struct's size were recomputed at every use: the estimate must stay fast.
        var types = string.Concat(Enumerable.Range(1, 8).Select(i =>
            $"internal struct S{i} {{ public S{i - 1} {string.Join(", ", Enumerable.Range(0, 16).Select(f => "F" + f))}; }}\n"));
        var source = "internal struct S0 { public long V; }\n" + types + """
            internal class C
            {
                private static long First(S8 value) => 1;
            }
            """;

        var result = GuardRewriter.Rewrite(BotCompiler.CreateCompilation(source), DefaultAllocationSizeRules.Create());

        result.Diagnostics.Should().ContainSingle(d => d.Id == "RCX0501");
    }
}
