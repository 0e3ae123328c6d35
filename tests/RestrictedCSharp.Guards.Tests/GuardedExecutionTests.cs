using RestrictedCSharp.Guards.Tests.Infrastructure;

namespace RestrictedCSharp.Guards.Tests;

/// <summary>Guarded bots run in-process with small budgets; each must end with the right outcome.</summary>
[Collection(GuardStateCollection.Name)]
public sealed class GuardedExecutionTests
{
    private static string Bot(string members) => $$"""
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using System.Text;

        public static class Bot
        {
        {{members}}
        }
        """;

    private static BotOutcome RunBot(string members, GuardLimits? limits = null) => BotRun.Guarded(Bot(members), limits);

    private static void ShouldTrip(BotOutcome outcome, GuardLimitKind kind)
    {
        outcome.Tripped.Should().Be(kind, outcome.ToString());
        outcome.Exception.Should().BeAssignableTo<GuardLimitExceededException>(outcome.ToString());
        ((GuardLimitExceededException)outcome.Exception!).Limit.Should().Be(kind);
    }

    /// <summary>A loop charged in one go ran to the end with the result and the ticks of the same loop ticked every round.</summary>
    private static void ShouldCostTheSame(BotOutcome charged, BotOutcome everyRound)
    {
        charged.Tripped.Should().Be(GuardLimitKind.None, charged.ToString());
        charged.Result.Should().Be(everyRound.Result);
        charged.Usage.TicksUsed.Should().Be(everyRound.Usage.TicksUsed);
    }

    // ---- Loops and goto ----

    [Theory]
    [InlineData("for (;;) { x++; }")]
    [InlineData("for (int i = 0; i >= 0; i += 0) x++;")]
    [InlineData("while (true) x++;")]
    [InlineData("do { x++; } while (true);")]
    [InlineData("foreach (var i in Forever()) x += i;")]
    [InlineData("again: x++; goto again;")]
    [InlineData("switch (x) { case 0: x = 1; goto case 1; case 1: x = 0; goto case 0; }")]
    [InlineData("switch (x) { case 5: break; default: x = 0; goto default; }")]
    [InlineData("while (true) { if (x > 2) goto next; x++; next: x--; }")]
    [InlineData("for (int i = 0; i <= int.MaxValue; i++) x++;")]
    [InlineData("for (int i = int.MaxValue - 10; i < int.MaxValue; i += 7) x++;")]
    [InlineData("for (int i = 0; i < 10; i++) { ref int r = ref i; r = 0; x++; }")]
    [InlineData("for (int i = 0; i < 100; i++) { ref int r = ref i; r = 0; x++; }")]
    [InlineData("for (int i = 0; i < 10; i++) { Reset(ref i); x++; }")]
    [InlineData("for (int i = 0; i < 100; i++) { Reset(ref i); x++; }")]
    [InlineData("for (int i = 0; i < 100; i++) { Func<int> reset = () => i = 0; reset(); x++; }")]
    [InlineData("x = Enumerable.Range(0, int.MaxValue).Count(i => i > 5);")]
    [InlineData("x = Enumerable.Range(1, int.MaxValue - 1).Aggregate(0, delegate (int a, int b) { return a ^ b; });")]
    [InlineData("x = Enumerable.Range(0, int.MaxValue).Count(Positive);")]
    [InlineData("x = Enumerable.Range(0, int.MaxValue).Select(i => new Cell(i)).Count(c => c.Value > 0);")]
    public void Every_kind_of_loop_ends_at_the_tick_limit(string loop)
    {
        var outcome = RunBot($$"""
            static IEnumerable<int> Forever() { while (true) yield return 1; }
            static void Reset(ref int i) => i = 0;
            static bool Positive(int i) => i > 0;
            readonly struct Cell { public Cell(int value) { Value = value; } public int Value { get; } }
            public static int Run() { int x = 0; {{loop}} return x; }
            """);
        ShouldTrip(outcome, GuardLimitKind.Ticks);
        outcome.Usage.TicksUsed.Should().BeGreaterThan(BotRun.SmallLimits.Ticks);
    }

    [Theory]
    [InlineData("var a = new int[2_000_000]; foreach (var v in a) x += v;")]
    [InlineData("var s = new string('a', 2_000_000); foreach (var c in s) x += c;")]
    [InlineData("var a = new int[2_000_000]; for (int i = 0; i < a.Length; i++) x += a[i];")]
    [InlineData("var a = new (int, int)[2_000_000]; foreach (var (p, q) in a) x += p + q;")]
    [InlineData("var a = new int[2_000, 1_000]; foreach (var v in a) x += v;")]
    [InlineData("for (int i = 0; i < 2_000_000; i++) x += i;")]
    [InlineData("for (int i = 0; i < 2_000; i++) for (int j = 0; j < 1_000; j++) x += j;")]
    [InlineData("for (int i = 4_000_000; i > 0; i -= 2) x += i;")]
    public void Long_loops_are_charged_for_every_round(string loop)
    {
        var outcome = RunBot($$"""public static int Run() { int x = 0; {{loop}} return x; }""", new GuardLimits(1_000_000, 500, 1L << 30));
        ShouldTrip(outcome, GuardLimitKind.Ticks);
    }

    [Fact]
    public void A_leaf_call_costs_what_the_leaf_does()
    {
        // The same loop calling a one-statement leaf and a ten-statement one: each round of the
        // second costs nine ticks more, wherever the work hides (a call, a getter, an operator).
        const string members = """
            static int Light(int a) { return a + 1; }
            static int Heavy(int a) { a++; a++; a++; a++; a++; a++; a++; a++; a++; return a + 1; }
            struct V { public int N; public static V operator +(V v, int k) { v.N++; v.N++; v.N++; v.N++; v.N++; v.N++; v.N++; v.N++; v.N++; v.N += k; return v; } }
            struct W { public int N; public static W operator +(W w, int k) { w.N += k; return w; } }
            """;
        long Ticks(string body) => RunBot(members + $$"""public static int Run() { int x = 0; var v = new V(); var w = new W(); {{body}} return x + v.N + w.N; }""")
            .Usage.TicksUsed;

        (Ticks("for (int i = 0; i < 1000; i++) x = Heavy(x);") - Ticks("for (int i = 0; i < 1000; i++) x = Light(x);")).Should().Be(9_000);
        (Ticks("for (int i = 0; i < 1000; i++) v += i;") - Ticks("for (int i = 0; i < 1000; i++) w += i;")).Should().Be(9_000);
        (Ticks("while (Heavy(0) > 0 && x < 1000) x++;") - Ticks("while (Light(0) > 0 && x < 1000) x++;")).Should().Be(9_000);
    }

    [Theory]
    [InlineData("for (int i = 0; i < n; i++) { if (i % 3 == 0) continue; x += i; }")]
    [InlineData("for (int i = n; i > 7; i -= 5) { x += i; }")]
    [InlineData("for (int i = 0; i < n; i++) { for (int j = 0; j < 20; j++) { if (j > i) break; x++; } }")]
    public void A_loop_charged_before_it_starts_costs_what_ticking_every_round_costs(string loop)
    {
        // The same loop with a constant bound (charged up front) and a variable one (ticked every round).
        var upFront = RunBot($$"""public static int Run() { const int n = 1000; int x = 0; {{loop}} return x; }""");
        var everyRound = RunBot($$"""public static int Run() { int n = 1000; int x = 0; {{loop}} return x; }""");
        ShouldCostTheSame(upFront, everyRound);
    }

    [Theory]
    [InlineData("for (int i = 0; i < T.Length; i++) { x += T[i]; }")]
    [InlineData("for (int i = 1; i < T.Length; i += 3) { x += T[i]; }")]
    [InlineData("for (int i = T.Length - 1; i >= 0; i--) { if (T[i] % 2 == 0) continue; x += T[i]; }")]
    [InlineData("foreach (var v in T) x += v;")]
    [InlineData("foreach (var v in T) { foreach (var w in T) x += v * w; }")]
    [InlineData("for (int i = 0; i < Long.Length; i++) { x += Long[i] + i; }")]
    public void A_loop_over_a_lookup_table_costs_what_ticking_every_round_costs(string loop)
    {
        // The same loop over a static readonly table (charged by its enclosing site, or up front) and
        // over a copy in a writable field (ticked every round, or charged by Guard.Iterations).
        const string tables = """
            static readonly int[] T = { 3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9, 3 };
            static readonly int[] Long = new int[100];
            static int[] t = { 3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9, 3 };
            static int[] longCopy = new int[100];
            """;
        var table = RunBot(tables + $$"""public static int Run() { int x = 0; for (int k = 0; k < 50; k++) { {{loop}} } return x; }""");
        var copy = RunBot(tables + $$"""public static int Run() { int x = 0; for (int k = 0; k < 50; k++) { {{loop.Replace("T", "t").Replace("Long", "longCopy")}} } return x; }""");
        ShouldCostTheSame(table, copy);
    }

    [Theory]
    [InlineData("static Bot() { T = new int[5_000_000]; }")]
    [InlineData("static readonly int Size = (T = new int[5_000_000]).Length;")]
    [InlineData("static int Size { get; } = (T = new int[5_000_000]).Length;")]
    [InlineData("static event Action Changed = (T = new int[5_000_000]) is null ? null : (Action)null;")]
    [InlineData("static readonly int[] U = { (T = new int[5_000_000]).Length };")]
    public void A_table_its_type_initializer_rewrites_is_charged_for_every_round(string initializer)
    {
        // The declaration says four elements; the type's initializer puts five million there.
        foreach (var loop in new[] { "foreach (var v in T) x += v;", "for (int i = 0; i < T.Length; i++) x += T[i];" })
        {
            var outcome = RunBot($$"""
                static readonly int[] T = { 1, 2, 3, 4 };
                {{initializer}}
                public static int Run() { int x = 0; {{loop}} return x; }
                """, new GuardLimits(1_000_000, 500, 1L << 30));
            ShouldTrip(outcome, GuardLimitKind.Ticks);
        }
    }

    // ---- Recursion through every kind of member ----

    [Theory]
    [InlineData("static int F(int n) { return F(n + 1) + 1; } public static int Run() => F(0);")]
    [InlineData("static int F(int n) => F(n + 1) + 1; public static int Run() => F(0);")]
    [InlineData("static int P => P + 1; public static int Run() => P;")]
    [InlineData("static int P { get { return P + 1; } } public static int Run() => P;")]
    [InlineData("static int Q { set { Q = value; } get => 0; } public static int Run() { Q = 1; return 0; }")]
    [InlineData("sealed class C { public int this[int i] => this[i + 1]; } public static int Run() => new C()[0];")]
    [InlineData("static Func<int, int> f = n => f(n + 1) + 1; public static int Run() => f(0);")]
    [InlineData("static Func<int, int> f = delegate (int n) { return f(n + 1) + 1; }; public static int Run() => f(0);")]
    [InlineData("public static int Run() { int L(int n) => L(n + 1) + 1; return L(0); }")]
    [InlineData("public static int Run() { static int L(int n) { return L(n + 1) + 1; } return L(0); }")]
    [InlineData("static int A(int n) => B(n) + 1; static int B(int n) => A(n) + 1; public static int Run() => A(0);")]
    [InlineData("sealed class C { public override string ToString() => $\"{this}\"; } public static int Run() => new C().ToString().Length;")]
    [InlineData("sealed class N { public N Next = new N(); } public static int Run() => new N().GetHashCode();")]
    [InlineData("sealed class N { public N[] Next = { new N() }; } public static int Run() => new N().GetHashCode();")]
    [InlineData("sealed class N { public N(int n) : this(new N(n + 1), 0) { } N(N other, int x) { } } public static int Run() => new N(0).GetHashCode();")]
    [InlineData("class B { public B() { _ = new D(); } } sealed class D : B { public D() { } } public static int Run() => new D().GetHashCode();")]
    [InlineData("static int A(int n) => B(n); static int B(int n) => A(n); public static int Run() => A(0);")]
    [InlineData("static int A(int[] a) { int s = 0; foreach (var x in a) s += x; return s + A(a); } public static int Run() => A(new int[3]);")]
    [InlineData("sealed class E : IEnumerable<int> { public IEnumerator<int> GetEnumerator() { foreach (var x in new E()) yield return x; } System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator(); } static int Sum() { int s = 0; foreach (var x in new E()) s += x; return s; } public static int Run() => Sum();")]
    [InlineData("struct V { public static V operator +(V a, V b) => a + b; } public static int Run() => (new V() + new V()).GetHashCode();")]
    [InlineData("sealed class C { public static implicit operator int(C c) => (int)c + 1; } public static int Run() => (int)new C();")]
    [InlineData("static IEnumerable<int> Down(int n) { foreach (var x in Down(n + 1)) yield return x; yield return n; } public static int Run() => Down(0).Count();")]
    [InlineData("static int F(int n) { try { return F(n + 1); } catch { return -1; } } public static int Run() => F(0);")]
    [InlineData("static int F(int n) { if (n < 0) return 0; return F(n + 1) + 1; } public static int Run() => F(0);")]
    [InlineData("static int Leaf(int n) => n % 7; static int F(int n) { int m = Leaf(n); if (m == 100) return 0; return F(n + 1); } public static int Run() => F(0);")]
    [InlineData("static int A(int n) { if (n < 0) return 0; return B(n + 1); } static int B(int n) { if (n < 0) return 1; return A(n + 1); } public static int Run() => A(0);")]
    [InlineData("static int d; static int P { get { if (d < 0) return 0; d++; return P; } } public static int Run() => P;")]
    [InlineData("static int F(int n) { if (n >= 0) return F(n + 1) + 1; return 0; } public static int Run() => F(0);")]
    [InlineData("static int F(int n) { int m = n > 0 ? F(n + 1) : F(n + 2); if (m == 0) return 0; return m; } public static int Run() => F(1);")]
    public void Recursion_through_every_member_kind_ends_at_the_stack_limit(string members)
    {
        ShouldTrip(RunBot(members), GuardLimitKind.CallDepth);
    }

    [Fact]
    public void Recursion_from_finally_blocks_during_unwinding_never_overflows_the_stack()
    {
        // Every unwinding frame's finally re-enters the recursion and trips again: one nested
        // exception dispatch per frame. The guard parks the thread before the real stack runs out.
        var outcome = RunBot("static int F(int n) { try { return F(n + 1); } finally { F(n + 1); } } public static int Run() => F(0);");
        outcome.Tripped.Should().Be(GuardLimitKind.CallDepth, outcome.ToString());
        if (!outcome.Parked)
        {
            outcome.Exception.Should().BeOfType<StackLimitExceededException>();
        }
    }

    [Fact]
    public void Recursion_with_large_frames_ends_at_the_real_stack_limit_before_the_frame_count()
    {
        // 64 longs per frame, passed and copied at every level: the bot thread's 4 MiB stack runs
        // out long before 100,000 frames, and the stack probe must end it as a stack-limit.
        var outcome = RunBot("""
            struct Big { public long A0, A1, A2, A3, A4, A5, A6, A7, B0, B1, B2, B3, B4, B5, B6, B7, C0, C1, C2, C3, C4, C5, C6, C7, D0, D1, D2, D3, D4, D5, D6, D7,
                                 E0, E1, E2, E3, E4, E5, E6, E7, F0, F1, F2, F3, F4, F5, F6, F7, G0, G1, G2, G3, G4, G5, G6, G7, H0, H1, H2, H3, H4, H5, H6, H7; }
            static long Deep(Big big, int n) { var copy = big; copy.A0 += n; var other = copy; other.H7 = n; return Deep(other, n + 1) + copy.A0 + other.H7; }
            public static int Run() => (int)Deep(new Big(), 0);
            """, new GuardLimits(long.MaxValue, 100_000, 1L << 30));
        ShouldTrip(outcome, GuardLimitKind.CallDepth);
        outcome.Exception!.Message.Should().Contain("stack is nearly exhausted");
        outcome.Usage.MaxDepth.Should().BeLessThan(100_000);
    }

    [Fact]
    public void Recursion_in_a_static_constructor_ends_at_the_stack_limit()
    {
        var outcome = RunBot("""
            static class Holder { public static readonly int Value = Deep(0); static int Deep(int n) => Deep(n + 1); }
            public static int Run() { try { return Holder.Value; } catch (TypeInitializationException) { return -1; } }
            """);
        outcome.Tripped.Should().Be(GuardLimitKind.CallDepth, outcome.ToString());
        outcome.Exception.Should().BeOfType<TypeInitializationException>().Which.InnerException.Should().BeOfType<StackLimitExceededException>();
    }

    [Fact]
    public void The_depth_count_survives_exceptions_that_unwind_many_frames()
    {
        // Throwing out of a deep recursion a thousand times must not leak depth.
        var outcome = RunBot("""
            static int Dive(int n) { if (n == 0) throw new InvalidOperationException(); return Dive(n - 1) + 1; }
            public static int Run()
            {
                int caught = 0;
                for (int i = 0; i < 1000; i++) { try { Dive(400); } catch (InvalidOperationException) { caught++; } }
                return caught;
            }
            """, new GuardLimits(10_000_000, 500, 1L << 30));
        outcome.Tripped.Should().Be(GuardLimitKind.None, outcome.ToString());
        outcome.Result.Should().Be(1000);
    }

    [Theory]
    [InlineData(400, GuardLimitKind.None)]
    [InlineData(401, GuardLimitKind.CallDepth)]
    public void A_base_case_that_returns_before_its_frame_is_not_counted_and_every_other_call_is(int n, GuardLimitKind expected)
    {
        // Run is one frame and each F(n > 0) one more; F(0) returns from its prefix, before its
        // frame is entered. With 401 frames allowed, F(400) fits exactly and F(401) does not.
        var outcome = RunBot($$"""
            static int F(int n) { if (n == 0) return 0; return F(n - 1) + 1; }
            public static int Run() => F({{n}});
            """, new GuardLimits(10_000_000, 401, 1L << 30));
        outcome.Tripped.Should().Be(expected, outcome.ToString());
    }

    [Fact]
    public void Exceptions_thrown_before_the_frame_is_entered_do_not_leak_depth()
    {
        var outcome = RunBot("""
            static int F(int n) { if (10 / n > 100) return 1; return Dive(n); }
            static int Dive(int n) => n == 0 ? 0 : Dive(n - 1) + 1;
            public static int Run()
            {
                int caught = 0;
                for (int i = 0; i < 10_000; i++) { try { F(0); } catch (DivideByZeroException) { caught++; } }
                return caught + F(450);
            }
            """, new GuardLimits(100_000_000, 500, 1L << 30));
        outcome.Tripped.Should().Be(GuardLimitKind.None, outcome.ToString());
        outcome.Result.Should().Be(10_450);
    }

    [Fact]
    public void Iterators_left_half_consumed_do_not_leak_depth()
    {
        var outcome = RunBot("""
            static IEnumerable<int> Numbers() { yield return 1; yield return 2; }
            public static int Run()
            {
                int sum = 0;
                for (int i = 0; i < 2000; i++) { using var e = Numbers().GetEnumerator(); e.MoveNext(); sum += e.Current; }
                for (int i = 0; i < 2000; i++) { var e = Numbers().GetEnumerator(); e.MoveNext(); sum += e.Current; }
                return sum;
            }
            """);
        outcome.Tripped.Should().Be(GuardLimitKind.None, outcome.ToString());
        outcome.Result.Should().Be(4000);
    }

    // ---- Catch clauses cannot stop a trip ----

    [Theory]
    [InlineData("try { while (true) { } } catch { }")]
    [InlineData("try { while (true) { } } catch (Exception) { }")]
    [InlineData("try { while (true) { } } catch (Exception e) { x = e.Message.Length; }")]
    [InlineData("try { while (true) { } } catch (Exception e) when (e != null) { }")]
    [InlineData("try { while (true) { } } catch (SystemException) { } catch (Exception) { }")]
    [InlineData("while (true) { try { while (true) { } } catch { } }")]
    [InlineData("try { while (true) { } } finally { while (true) { } }")]
    [InlineData("try { while (true) { } } finally { try { while (true) { } } catch { } }")]
    public void No_catch_clause_catches_a_trip(string body)
    {
        var outcome = RunBot($$"""public static int Run() { int x = 0; {{body}} return x; }""");
        ShouldTrip(outcome, GuardLimitKind.Ticks);
    }

    [Fact]
    public void No_author_filter_runs_for_a_trip()
    {
        var bot = BotCompiler.Compile(Bot("""
            public static int FilterRuns;
            static bool Log() { FilterRuns++; return true; }
            public static int Run() { try { while (true) { } } catch (Exception) when (Log()) { } return 0; }
            public static int ReadFilterRuns() => FilterRuns;
            """), guarded: true);
        ShouldTrip(BotRun.Run(bot), GuardLimitKind.Ticks);
        BotRun.Run(bot, methodName: "ReadFilterRuns").Result.Should().Be(0);
    }

    [Fact]
    public void A_filter_that_loops_still_trips()
    {
        var outcome = RunBot("""
            static bool Spin() { while (true) { } }
            public static int Run() { try { throw new InvalidOperationException(); } catch (Exception) when (Spin()) { } return 1; }
            """);
        outcome.Tripped.Should().Be(GuardLimitKind.Ticks, outcome.ToString());
    }

    [Fact]
    public void Out_of_memory_cannot_be_caught_by_the_bot()
    {
        var outcome = RunBot("""
            public static int Run() { try { throw new OutOfMemoryException(); } catch (OutOfMemoryException) { return 1; } catch { return 2; } }
            """);
        outcome.Exception.Should().BeOfType<OutOfMemoryException>(outcome.ToString());
    }

    [Fact]
    public void Ordinary_exceptions_are_still_caught_and_filtered()
    {
        var outcome = RunBot("""
            public static int Run()
            {
                int x = 0;
                try { throw new InvalidOperationException("a"); } catch (Exception e) when (e.Message == "b") { x += 100; } catch (InvalidOperationException) { x += 1; }
                try { throw new ArgumentException(); } catch { x += 10; }
                try { throw new ArgumentException(); } catch (Exception) { x += 20; } finally { x += 300; }
                return x;
            }
            """);
        outcome.Tripped.Should().Be(GuardLimitKind.None, outcome.ToString());
        outcome.Result.Should().Be(331);
    }

    // ---- Iterators inside LINQ ----

    [Theory]
    [InlineData("return Forever().Select(x => x + 1).Count();")]
    [InlineData("return Forever().Where(x => x > 0).ToList().Count;")]
    [InlineData("return Forever().Select(x => x & 1).Sum();")]
    [InlineData("return Forever().OrderBy(x => x).First();")]
    public void Endless_iterators_consumed_by_linq_end_at_the_tick_limit(string body)
    {
        var outcome = RunBot($$"""
            static IEnumerable<int> Forever() { int i = 0; while (true) yield return i++; }
            public static int Run() { {{body}} }
            """, new GuardLimits(200_000, 500, 1L << 30));
        ShouldTrip(outcome, GuardLimitKind.Ticks);
    }

    // ---- Allocations the code sizes ----

    [Theory]
    [InlineData("var a = new int[n]; return a.Length;")]
    [InlineData("var a = new long[n / 1024, 1024]; return a.Length;")]
    [InlineData("var a = new byte[4, n, 4]; return a.Length;")]
    [InlineData("var a = new int[n][]; return a.Length;")]
    [InlineData("var a = new int[n][,]; return a.Length;")]
    [InlineData("return new string('x', n).Length;")]
    [InlineData("return \"\".PadLeft(n).Length;")]
    [InlineData("return \"\".PadRight(n, '-').Length;")]
    [InlineData("return new StringBuilder(n).Capacity;")]
    [InlineData("return new StringBuilder().Append('x', n).Length;")]
    [InlineData("return new List<int>(n).Capacity;")]
    [InlineData("List<long> list = new(n); return list.Capacity;")]
    [InlineData("var list = new List<int>(); list.Capacity = n; return list.Capacity;")]
    [InlineData("return new Dictionary<int, int>(n).Count;")]
    [InlineData("return new HashSet<long>(n).Count;")]
    [InlineData("return new Queue<int>(n).Count;")]
    [InlineData("return new Stack<int>(n).Count;")]
    [InlineData("return new PriorityQueue<int, int>(n).Count;")]
    [InlineData("var a = new int[1]; Array.Resize(ref a, n); return a.Length;")]
    [InlineData("return Enumerable.Repeat(7, n).ToArray().Length;")]
    [InlineData("return Enumerable.Range(0, n).ToArray().Length;")]
    [InlineData("return Enumerable.Range(0, n).ToList().Count;")]
    [InlineData("return new List<int>(Enumerable.Range(0, n)).Count;")]
    public void Huge_allocations_trip_before_they_happen(string body)
    {
        var outcome = RunBot($$"""public static int Run() { int n = 256 * 1024 * 1024; {{body}} }""");
        ShouldTrip(outcome, GuardLimitKind.AllocatedBytes);
        outcome.Usage.BytesAllocated.Should().BeLessThan(BotRun.SmallLimits.AllocatedBytes, "the check runs before the allocation");
    }

    [Fact]
    public void A_huge_sequence_built_through_a_lazy_operator_trips_before_it_allocates_its_budget()
    {
        // Select reads its source as pulled, so ToArray cannot count it up front: the pulls' ticks stop it first.
        var outcome = RunBot("public static int Run() { int n = int.MaxValue / 2; return Enumerable.Range(0, n).Select(i => i * 2).ToArray().Length; }");
        outcome.Tripped.Should().BeOneOf(GuardLimitKind.Ticks, GuardLimitKind.AllocatedBytes);
        outcome.Usage.BytesAllocated.Should().BeLessThan(BotRun.SmallLimits.AllocatedBytes);
    }

    [Fact]
    public void An_array_with_a_zero_dimension_is_free_but_a_jagged_outer_array_is_not()
    {
        RunBot("public static int Run() { var a = new int[0, 1 << 30]; return a.Length; }").Tripped.Should().Be(GuardLimitKind.None);
        ShouldTrip(RunBot("public static int Run() { var a = new int[1 << 24][]; return a.Length; }"), GuardLimitKind.AllocatedBytes);
    }

    [Fact]
    public void Negative_sizes_throw_their_own_exception_and_never_credit()
    {
        var outcome = RunBot("""
            public static int Run()
            {
                int caught = 0;
                for (int i = 0; i < 10; i++) { try { var a = new int[-1 - i]; } catch (OverflowException) { caught++; } }
                try { "".PadLeft(-5); } catch (ArgumentOutOfRangeException) { caught++; }
                var big = new byte[20 * 1024 * 1024];
                return caught + big.Length;
            }
            """);
        ShouldTrip(outcome, GuardLimitKind.AllocatedBytes);
    }

    [Fact]
    public void Many_small_allocations_end_at_the_allocation_limit()
    {
        var outcome = RunBot("""
            public static int Run() { var keep = new List<int[]>(); while (true) keep.Add(new int[64]); }
            """, new GuardLimits(long.MaxValue, 500, 8 * 1024 * 1024));
        ShouldTrip(outcome, GuardLimitKind.AllocatedBytes);
    }

    [Fact]
    public void Small_fixed_size_arrays_in_a_tight_loop_overshoot_the_allocation_limit_by_little()
    {
        // Each round is a 1 KiB array for two ticks: checked only at tick checkpoints, the loop
        // would allocate 8 MiB before the first one.
        var outcome = RunBot("""
            public static int Run() { var keep = new List<int[]>(); while (true) keep.Add(new int[250]); }
            """, new GuardLimits(long.MaxValue, 500, 1024 * 1024));
        ShouldTrip(outcome, GuardLimitKind.AllocatedBytes);
        outcome.Usage.BytesAllocated.Should().BeLessThan(1024 * 1024 + 256 * 1024, outcome.ToString());
    }

    [Fact]
    public void Arrays_with_a_stated_size_and_an_initializer_keep_their_constant_size()
    {
        var outcome = RunBot("""
            public static int Run()
            {
                const int n = 2;
                var a = new int[3] { 1, 2, 3 };
                var b = new int[2, 2] { { 1, 2 }, { 3, 4 } };
                var c = new long[n] { 5, 6 };
                return a[2] + b[1, 1] + (int)c[1];
            }
            """);
        outcome.Tripped.Should().Be(GuardLimitKind.None, outcome.ToString());
        outcome.Result.Should().Be(13);
    }

    [Fact]
    public void Objects_in_a_tight_loop_overshoot_the_allocation_limit_by_at_most_a_checkpoints_worth()
    {
        // Objects of a fixed size are seen at the tick checkpoints: rounds of two ticks and a
        // 48-byte object run 8,192 rounds, 384 KiB, past the limit at most.
        var outcome = RunBot("""
            private sealed class Cell { public Cell Next; public long A, B, C; }
            public static int Run() { Cell chain = null; while (true) chain = new Cell { Next = chain }; }
            """, new GuardLimits(long.MaxValue, 500, 1024 * 1024));
        ShouldTrip(outcome, GuardLimitKind.AllocatedBytes);
        outcome.Usage.BytesAllocated.Should().BeLessThan(1024 * 1024 + 512 * 1024, outcome.ToString());
    }

    // ---- Line numbers ----

    [Fact]
    public void Stack_traces_point_at_the_authors_lines()
    {
        var source = Bot("""
            [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
            static int Helper(int x)
            {
                for (int i = 0; i < 3; i++) { x += i; }
                if (x > 0)
                    throw new InvalidOperationException("thrown here");
                return x;
            }
            public static int Run() => Helper(1);
            """);
        var lines = source.Split('\n');
        int throwLine = Array.FindIndex(lines, l => l.Contains("throw new")) + 1;
        int callLine = Array.FindIndex(lines, l => l.Contains("=> Helper(1)")) + 1;

        var outcome = BotRun.Guarded(source);
        outcome.Exception.Should().BeOfType<InvalidOperationException>();
        outcome.Exception!.StackTrace.Should().Contain($"Bot.cs:line {throwLine}").And.Contain($"Bot.cs:line {callLine}");
    }
}
