using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using RestrictedCSharp.Guards.Tests.Infrastructure;
using RestrictedCSharp.Rewriting;

namespace RestrictedCSharp.Rewriting.Tests;

/// <summary>The rewriter's output as text, its validation and its refusals; nothing here runs bot code.</summary>
public sealed class RewriterTests
{
    private static string GuardedText(string source) => BotCompiler.Guard(source).Trees.Single().Guarded.ToString();

    [Fact]
    public void Every_construct_rewrites_validates_and_compiles()
    {
        var guarded = BotCompiler.Guard(KitchenSinkSource.Text);
        BotCompiler.Emit(guarded.Compilation);
    }

    [Fact]
    public void The_guarded_text_keeps_every_line_where_it_was()
    {
        var original = KitchenSinkSource.Text.ReplaceLineEndings("\n").Split('\n');
        var guarded = GuardedText(KitchenSinkSource.Text).ReplaceLineEndings("\n").Split('\n');
        guarded.Should().HaveCount(original.Length);
        foreach (var marker in new[] { "yield return i", "again:", "catch (InvalidOperationException e)", "public int Sum", "Local(int v)", "checked {", "return total;" })
        {
            int line = Array.FindIndex(original, l => l.Contains(marker));
            line.Should().BeGreaterThanOrEqualTo(0, marker);
            guarded[line].Should().Contain(marker.Split(' ')[0]);
        }

        // Line by line, the guarded text is the original with text inserted, never removed,
        // apart from expression bodies whose '=>' became '{'.
        for (int i = 0; i < original.Length; i++)
        {
            var originalWords = original[i].Replace("=>", " ").Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var guardedLine = guarded[i];
            foreach (var word in originalWords.Where(w => w.All(char.IsLetterOrDigit)))
            {
                guardedLine.Should().Contain(word, $"line {i + 1}");
            }
        }
    }

    [Fact]
    public void Expression_bodies_become_blocks_that_keep_their_meaning()
    {
        var text = GuardedText("""
            public class C
            {
                int _x;
                int N() { return _x > 0 ? N() - 1 : 0; }
                public int Get() => N();
                public void Set(int v) => _x = v + N();
                public ref int Ref() => ref this[N()];
                public ref int this[int i] => ref _x;
                public int Fail() => throw new System.Exception();
                public int P => N();
                internal int Leaf => _x * 2;
            }
            """);
        text.Should().Contain("public int Get() { global::RestrictedCSharp.Guards.Guard.Enter(2); try { return N(); }");
        text.Should().Contain("public void Set(int v) { global::RestrictedCSharp.Guards.Guard.Enter(2); try { _x = v + N(); }");
        text.Should().Contain("try { return ref this[N()]; }");
        text.Should().Contain("try { throw new System.Exception(); }");
        text.Should().Contain("public int P { get { global::RestrictedCSharp.Guards.Guard.Enter(2); try { return N(); }");
        text.Should().Contain("internal int Leaf => _x * 2;", "a leaf (no loop, no call that can come back) that only the bot calls needs no guard");
    }

    [Fact]
    public void A_sites_cost_grows_with_the_statements_it_guards()
    {
        var text = GuardedText("""
            public class C
            {
                public int M(int a)
                {
                    int b = a + 1;
                    if (b > 2) { b++; } else b--;
                    for (int i = 0; i < a; i++) { b += i; b *= 2; }
                    return b + M(a - 1);
                }

                public int Counted(int a)
                {
                    for (int i = 0; i < 3; i++) { a += i; a *= 2; }
                    for (int i = 0; i < 100; i++) { a += i; }
                    return Counted(a);
                }
            }
            """);

        // Entry: 1 + declaration, if, two branch statements, for, return = 7; the loop body: 1 + 2.
        text.Should().Contain("Guard.Enter(7)");
        text.Should().Contain("{ global::RestrictedCSharp.Guards.Guard.Tick(3); b += i;");

        // A small counted loop is charged by the enclosing site: 1 + (1 + 3 * 3) + 1 (the other loop) + 1;
        // a longer one with constant bounds, for all its rounds before it starts.
        text.Should().Contain("Guard.Enter(13)");
        text.Should().Contain("for (int i = 0; i < 3; i++) { a += i; a *= 2; }");
        text.Should().Contain("{ global::RestrictedCSharp.Guards.Guard.TickLoop(100, 0, 2); for (int i = 0; i < 100; i++) { a += i; } }");
    }

    [Fact]
    public void Calls_to_leaves_are_charged_where_they_are_made()
    {
        var text = GuardedText("""
            internal struct P
            {
                public int X, Y;
                public int Sum => X + Y;
                public static P operator +(P a, P b) { var r = a; r.X += b.X; r.Y += b.Y; return r; }
            }

            internal class C
            {
                static int Heavy(int a) { a++; a++; a++; a++; return a; }
                static bool More(int i) => i < 100;
                public int Run(P p)
                {
                    int x = Heavy(1);
                    for (int i = 0; More(i); i = Heavy(i)) { x += (p + p).Sum; }
                    while (More(x)) x++;
                    return x + Run(p);
                }
            }
            """);

        // Heavy's entry would cost 1 + 5 = 6, More's 2, the operator's 5 and Sum's 2.
        // Entry: 1 + declaration (1 + 6) + for + while + return = 11.
        text.Should().Contain("Guard.Enter(11)");

        // A round of the for loop: 1 + statement (1 + 5 + 2), its condition (2) and incrementor (6).
        text.Should().Contain("{ global::RestrictedCSharp.Guards.Guard.Tick(17); x += (p + p).Sum; }");

        // A round of the while loop: 1 + statement (1), its condition (2).
        text.Should().Contain("{ global::RestrictedCSharp.Guards.Guard.Tick(4); x++; }");
        text.Should().Contain("static int Heavy(int a) { a++;", "a leaf that only the bot calls has no guard of its own");
    }

    [Fact]
    public void Leaves_visible_outside_the_bot_tick_on_entry()
    {
        // The runner calls the entry class's public methods, and binding and serialization run public
        // accessors: no call site of the bot's charges them.
        var text = GuardedText("""
            public class C
            {
                private int _x;
                public int Act() => _x + 1;
                public int X => _x * 2;
                internal int Hidden() => _x + 1;
            }
            """);

        text.Should().Contain("public int Act() { global::RestrictedCSharp.Guards.Guard.Tick(");
        text.Should().Contain("public int X { get { global::RestrictedCSharp.Guards.Guard.Tick(");
        text.Should().Contain("internal int Hidden() => _x + 1;", "only the bot can call an internal leaf");
    }

    [Fact]
    public void Leaves_that_a_library_can_call_tick_on_entry()
    {
        var text = GuardedText("""
            using System;
            using System.Linq;

            public sealed class C : IComparable<C>
            {
                int _v;
                static bool Even(int i) => i % 2 == 0;
                public int CompareTo(C? other) => _v - (other?._v ?? 0);
                public override int GetHashCode() => _v;
                public int Count(int[] a) => a.Count(Even) + a.Count(i => i > 2) + a.Count(delegate (int i) { return i < 0; });
            }
            """).ReplaceLineEndings("\n");

        text.Should().Contain("static bool Even(int i) { global::RestrictedCSharp.Guards.Guard.Tick(2); return i % 2 == 0; }", "a method group");
        text.Should().Contain("public int CompareTo(C? other) { global::RestrictedCSharp.Guards.Guard.Tick(2);", "an interface implementation");
        text.Should().Contain("public override int GetHashCode() { global::RestrictedCSharp.Guards.Guard.Tick(2); return _v; }", "an override");
        text.Should().Contain("i => { global::RestrictedCSharp.Guards.Guard.Tick(2); return i > 2; }", "a lambda");
        text.Should().Contain("delegate (int i) { global::RestrictedCSharp.Guards.Guard.Tick(2); return i < 0; }", "an anonymous method");
    }

    [Fact]
    public void A_leaf_base_case_runs_before_the_frame_is_entered()
    {
        var text = GuardedText("""
            public class C
            {
                static int Score(int n) => n % 4;
                public int Search(int n)
                {
                    int m = n * 2;
                    if (n == 0) return Score(m);
                    int best = 0;
                    return best + Search(n - 1);
                }

                public int NoBaseCase(int n)
                {
                    int m = n * 2;
                    return m + NoBaseCase(n - 1);
                }

                public int Jumps(int n)
                {
                    if (n == 0) return 0;
                    again: n--;
                    if (n > 5) goto again;
                    return Jumps(n - 1);
                }
            }
            """).ReplaceLineEndings("\n");

        // A return from the prefix ticks what the prefix costs (declaration, if, return: 1 + 3, and
        // 2 for the call to the leaf Score); the rest enters the frame, on the line of its first
        // statement, charged for the whole body (1 + 5 statements + 2). Either way, one update.
        text.Should().Contain("""
                public int Search(int n)
                {
                    int m = n * 2;
                    if (n == 0) { global::RestrictedCSharp.Guards.Guard.Tick(6); return Score(m); }
                    global::RestrictedCSharp.Guards.Guard.Enter(8); try { int best = 0;
                    return best + Search(n - 1);
                } finally { global::RestrictedCSharp.Guards.Guard.Exit(); } }
            """.ReplaceLineEndings("\n"));
        text.Should().Contain("public int NoBaseCase(int n)\n    { global::RestrictedCSharp.Guards.Guard.Enter(3); try {\n", "a prefix that cannot return saves nothing");
        text.Should().Contain("public int Jumps(int n)\n    { global::RestrictedCSharp.Guards.Guard.Enter(", "a body with labels is never split");
    }

    [Theory]
    [InlineData("for (int i = 0; i < 100; i++) { x += i; }", 100)]
    [InlineData("for (int i = 1; i < N - 1; ++i) { x += i; }", 126)]
    [InlineData("for (int i = 0; i <= 200; i += 2) { x += i; }", 101)]
    [InlineData("for (int i = 1000; i > 0; i -= 3) { x += i; }", 334)]
    [InlineData("for (int i = 50; 0 <= i; i--) { x += i; }", 51)]
    [InlineData("for (int i = 0; i < 100; i++) { if (i == x) continue; x++; }", 100)]
    [InlineData("for (int i = 0; i < 100; i++) { for (int j = 0; j < 40; j++) { if (j == x) break; } x++; }", 100)]
    [InlineData("for (int i = 0; i < 100; i++) { switch (x) { case 1: break; } x++; }", 100)]
    [InlineData("for (int i = int.MinValue; i < int.MaxValue; i++) { x++; }", 4294967295)]
    public void Long_loops_with_constant_bounds_are_charged_for_every_round_before_they_start(string loop, long rounds)
    {
        var text = GuardedText($$"""public class C { const int N = 128; public int M(int x) { {{loop}} return M(x); } }""");
        long start = rounds <= int.MaxValue ? 0 : int.MaxValue - rounds;
        text.Should().MatchRegex($@"\{{ global::RestrictedCSharp\.Guards\.Guard\.TickLoop\({rounds + start}, {start}, \d+\); for \(int i ");
        text.Should().NotMatchRegex(@"for \(int i [^{]*\{ global::RestrictedCSharp\.Guards\.Guard\.Tick\(", "the rounds have no tick of their own");
    }

    [Fact]
    public void Loops_over_arrays_of_one_or_two_dimensions_and_strings_are_charged_before_they_start()
    {
        var text = GuardedText("""
            public class C
            {
                public long M(int[] line, int[,] grid, string s, int[,,] cube)
                {
                    long t = 0;
                    foreach (var v in line) t += v;
                    foreach (var v in grid) t += v;
                    foreach (var c in s) t += c;
                    foreach (var v in cube) t += v;
                    return t + M(line, grid, s, cube);
                }
            }
            """);
        text.Should().Contain("foreach (var v in global::RestrictedCSharp.Guards.Guard.Iterations(line, 2)) t += v;");
        text.Should().Contain("foreach (var v in global::RestrictedCSharp.Guards.Guard.Iterations(grid, 2)) t += v;");
        text.Should().Contain("foreach (var c in global::RestrictedCSharp.Guards.Guard.Iterations(s, 2)) t += c;");
        text.Should().Contain("foreach (var v in cube) { global::RestrictedCSharp.Guards.Guard.Tick(2); t += v; }");
    }

    [Fact]
    public void Loops_over_small_lookup_tables_are_charged_by_the_enclosing_site()
    {
        var text = GuardedText("""
            public class C
            {
                static readonly int[] Lines = { 0, 1, 2, 3, 4, 5, 6, 7, 8 };
                static readonly (int, int)[] Steps = new (int, int)[] { (1, 0), (0, 1), (-1, 0), (0, -1) };
                static int Winner(int[] board)
                {
                    for (int l = 0; l < Lines.Length; l += 3) { if (board[Lines[l]] != 0) return board[Lines[l]]; }
                    return 0;
                }
                public int Walk(int[] board, int x, int y)
                {
                    int s = Winner(board);
                    foreach (var (dx, dy) in Steps) { s += dx * y + dy * x; }
                    foreach (var step in C.Steps) { s += step.Item1; }
                    return s + Walk(board, x, y);
                }
            }
            """);

        // The leaf's loop: 3 rounds of (1 + if + return), charged where the leaf is called.
        text.Should().Contain("for (int l = 0; l < Lines.Length; l += 3) { if (board[Lines[l]] != 0) return board[Lines[l]]; }");
        text.Should().NotContain("Guard.Tick(");
        // Entry: 1 + 4 statements + Winner's body (1 + 1 + 3 * 3 + 1) + two loops of 4 rounds * 2.
        text.Should().Contain("Guard.Enter(33)");
        text.Should().Contain("foreach (var (dx, dy) in Steps) { s += dx * y + dy * x; }");
        text.Should().Contain("foreach (var step in C.Steps) { s += step.Item1; }");
    }

    [Theory]
    [InlineData("static int[] T = { 1, 2, 3 };", "not readonly")]
    [InlineData("readonly int[] T = { 1, 2, 3 };", "not static")]
    [InlineData("static readonly int[] T = { 1, 2, 3 }; static C() { T = new int[9]; }", "the static constructor can write it")]
    [InlineData("static readonly int[] T = { 1, 2, 3 }; static readonly int[] U = T;", "another initializer can write it")]
    [InlineData("static readonly int[] T = { 1, 2, 3 }; static event System.Action E = T is null ? null : null;", "an event's initializer can write it")]
    [InlineData("static readonly int[] T = { 1, 2, T.Length };", "its own initializer can write it")]
    [InlineData("static readonly int[] T = System.Array.Empty<int>();", "the length is not declared")]
    [InlineData("static readonly int[] T = new int[40];", "too long to be absorbed")]
    public void Loops_over_other_arrays_keep_their_own_charge(string table, string why)
    {
        var text = GuardedText($$"""
            public class C
            {
                {{table}}
                public int M(int x) { foreach (var v in T) x += v; for (int i = 0; i < T.Length; i++) { x += T[i]; } return M(x); }
            }
            """);
        text.Should().MatchRegex(@"Guard\.Iterations\(T, \d+\)|foreach \(var v in T\) \{ global::RestrictedCSharp\.Guards\.Guard\.Tick\(", why);
        text.Should().MatchRegex(@"Guard\.TickLoop\(|for \(int i = 0; i < T\.Length; i\+\+\)\s*\{ global::RestrictedCSharp\.Guards\.Guard\.Tick\(", why);
    }

    [Theory]
    [InlineData("for (int i = 0; i < 100; i++) { if (i == x) break; x++; }")]
    [InlineData("for (int i = 0; i < 100; i++) { if (i == x) return x; x++; }")]
    [InlineData("for (int i = 0; i < 100; i++) { if (i == x) goto done; x++; }")]
    [InlineData("for (int i = 0; i < 100; i++) { if (i == x) throw new System.Exception(); x++; }")]
    [InlineData("for (int i = 0; i < 100; i++) { x = i == x ? throw new System.Exception() : x + 1; }")]
    [InlineData("for (int i = 0; i < 100 && x > 0; i++) { x++; }")]
    [InlineData("for (int i = 0; i < 100; i++) { i += x; }")]
    [InlineData("for (int i = 0; i <= int.MaxValue; i++) { x++; }")]
    [InlineData("for (int i = int.MaxValue - 10; i < int.MaxValue; i += 7) { x++; }")]
    [InlineData("for (int i = 0; i > -100; i++) { x++; }")]
    [InlineData("for (long i = 0; i < 100; i++) { x++; }")]
    public void Loops_that_may_end_early_or_never_still_tick_every_round(string loop)
    {
        var text = GuardedText($$"""public class C { public int M(int x) { {{loop}} done: return M(x); } }""");
        text.Should().NotContain("Guard.TickLoop(");
        text.Should().MatchRegex(@"\{ global::RestrictedCSharp\.Guards\.Guard\.Tick\(\d+\);");
    }

    [Fact]
    public void Expression_tree_lambdas_are_left_as_written()
    {
        var text = GuardedText("""
            using System; using System.Linq.Expressions;
            public class C { public Expression<Func<int, int>> E = x => x + 1; }
            """);
        text.Should().Contain("E = x => x + 1;");
    }

    [Fact]
    public void Guard_entry_points_are_fully_qualified_so_bot_code_cannot_shadow_them()
    {
        // A global type named RestrictedCSharp would capture them even so: it is refused (RCX0304, below).
        var text = GuardedText("""
            class Guard { public static void Tick(int c) { } }
            namespace Bots { class RestrictedCSharp { class Guards { } } }
            public class C { public void M() { while (true) { } } }
            """);
        text.Should().Contain("global::RestrictedCSharp.Guards.Guard.Tick(");
        BotCompiler.Emit(BotCompiler.Guard("""
            class Guard { public static void Tick(int c) { } }
            public class C { public void M() { while (true) { } } }
            """).Compilation);
    }

    [Theory]
    [InlineData("public class C { int __rcxActive1; }", "RCX0302")]
    [InlineData("public class C { void M() { int __rcxThing = 1; } }", "RCX0302")]
    [InlineData("namespace RestrictedCSharp.Guards { public class C { } }", "RCX0301")]
    [InlineData("public class C { void M() { RestrictedCSharp.Guards.Guard.Tick(1); } }", "RCX0301")]
    [InlineData("using G = RestrictedCSharp.Guards.GuardBudget; public class C { void M() { G.End(); } }", "RCX0301")]
    [InlineData("public static class RestrictedCSharp { public static class Guards { public static class Guard { public static void Tick(int c) { } } } } public class C { void M() { while (true) { } } }", "RCX0304")]
    [InlineData("namespace RestrictedCSharp { public static class Guards { public static class Guard { public static void Tick(int c) { } } } } public class C { void M() { while (true) { } } }", "RCX0303")]
    [InlineData("namespace System.Foo { public class C { } }", "RCX0303")]
    [InlineData("namespace Microsoft.CSharp.RuntimeBinder { public static class Binder { } }", "RCX0303")]
    [InlineData("public class System { } public class C { }", "RCX0304")]
    [InlineData("public class Restricted\\u0043Sharp { public class Guards { } }", "RCX0304")]
    [InlineData("public delegate void Windows();", "RCX0304")]
    [InlineData("using Internal = C; public class C { }", "RCX0304")]
    public void Reserved_names_are_refused(string source, string id)
    {
        var result = GuardRewriter.Rewrite(BotCompiler.CreateCompilation(source), DefaultAllocationSizeRules.Create());
        result.Success.Should().BeFalse();
        result.Diagnostics.Should().Contain(d => d.Id == id);
        result.Trees.Should().BeEmpty();
    }

    // A referenced assembly may put symbols in the guard namespace and hand them out: then the only
    // name in the bot that reaches them is the member it calls, invokes or reads.
    [Theory]
    [InlineData("Game.Api.Get().Poke();")]
    [InlineData("Game.Api.Get()?.Poke();")]
    [InlineData("Game.Api.Get().Echo<int>(1);")]
    [InlineData("Game.Api.Get().Callback();")]
    [InlineData("var h = Game.Api.Get(); System.Action a = h.Poke; a();")]
    public void Members_reached_only_through_a_value_of_the_guard_namespace_are_refused(string statements)
    {
        var library = BotCompiler.CreateCompilation("""
            namespace RestrictedCSharp.Guards { public class Handle { public void Poke() { } public T Echo<T>(T x) => x; public System.Action Callback = () => { }; } }
            namespace Game { public static class Api { public static RestrictedCSharp.Guards.Handle Get() => new(); } }
            """, "Game.cs");
        using var image = new MemoryStream();
        library.Emit(image).Success.Should().BeTrue();
        var bot = BotCompiler.CreateCompilation("public class C { void M() { " + statements + " } }")
            .AddReferences(MetadataReference.CreateFromImage(image.ToArray()));
        bot.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Should().BeEmpty();

        var result = GuardRewriter.Rewrite(bot, DefaultAllocationSizeRules.Create());

        result.Success.Should().BeFalse();
        result.Diagnostics.Should().Contain(d => d.Id == "RCX0301");
    }

    [Fact]
    public void Code_with_errors_is_refused_with_its_errors()
    {
        var result = GuardRewriter.Rewrite(BotCompiler.CreateCompilation("public class C { void M() { int x = \"s\"; } }"), DefaultAllocationSizeRules.Create());
        result.Success.Should().BeFalse();
        result.Diagnostics.Should().Contain(d => d.Id == "CS0029");
    }

    [Fact]
    public void A_compilation_without_the_guard_runtime_is_a_clear_error()
    {
        var compilation = BotCompiler.CreateCompilation("public class C { }");
        var withoutGuards = compilation.RemoveReferences(compilation.References.Where(r => r.Display!.Contains("RestrictedCSharp.Guards")));
        FluentActions.Invoking(() => GuardRewriter.Rewrite(withoutGuards, DefaultAllocationSizeRules.Create()))
            .Should().Throw<ArgumentException>().WithMessage("*guard runtime*");
        FluentActions.Invoking(() => GuardRewriter.Rewrite(null!, DefaultAllocationSizeRules.Create())).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => GuardRewriter.Rewrite(compilation, null!)).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void The_validator_rejects_any_change_that_is_not_a_guard()
    {
        var compilation = BotCompiler.CreateCompilation("""
            public class C
            {
                public int M(int a)
                {
                    return a + M(a - 1);
                }
            }
            """);
        var tree = compilation.SyntaxTrees.Single();
        var model = compilation.GetSemanticModel(tree);
        var rewritten = GuardRewriter.RewriteTree(tree, model, DefaultAllocationSizeRules.Create(), new CostModel(compilation));
        var guarded = rewritten.Guarded.GetRoot();

        // A changed operator, a dropped statement, a guard call replaced by another call, a new line.
        var plus = guarded.DescendantNodes().OfType<BinaryExpressionSyntax>().Single(b => b.IsKind(SyntaxKind.AddExpression));
        var changed = guarded.ReplaceNode(plus, SyntaxFactory.BinaryExpression(SyntaxKind.SubtractExpression, plus.Left, plus.Right));
        var dropped = guarded.RemoveNode(guarded.DescendantNodes().OfType<ReturnStatementSyntax>().Single(), SyntaxRemoveOptions.KeepNoTrivia)!;
        var enter = guarded.DescendantNodes().OfType<InvocationExpressionSyntax>().First();
        var impostor = guarded.ReplaceNode(enter, SyntaxFactory.ParseExpression("System.Console.WriteLine(2)"));
        var extraLine = guarded.ReplaceToken(plus.OperatorToken, plus.OperatorToken.WithTrailingTrivia(SyntaxFactory.EndOfLine("\n")));

        foreach (var tampered in new[] { changed, dropped, impostor, extraLine })
        {
            FluentActions.Invoking(() => RewriteValidator.Validate(tree, model, tampered, rewritten.ExpandedBodies))
                .Should().Throw<GuardRewriteException>();
        }

        RewriteValidator.Validate(tree, model, guarded, rewritten.ExpandedBodies);
    }

    [Fact]
    public void Every_default_size_rule_names_a_real_member_and_parameter()
    {
        var compilation = BotCompiler.CreateCompilation("public class C { }");
        var rules = DefaultAllocationSizeRules.Create();
        rules.DocumentationIds.Should().NotBeEmpty();
        foreach (var id in rules.DocumentationIds)
        {
            var symbol = DocumentationCommentId.GetFirstSymbolForDeclarationId(id, compilation);
            symbol.Should().BeAssignableTo<IMethodSymbol>(id);
            rules.GetRule((IMethodSymbol)symbol!).Should().NotBeNull(id);
        }
    }

    [Fact]
    public void Size_rules_are_checked_when_used()
    {
        var compilation = BotCompiler.CreateCompilation("public class C { }");
        var padLeft = (IMethodSymbol)DocumentationCommentId.GetFirstSymbolForDeclarationId("M:System.String.PadLeft(System.Int32)", compilation)!;
        var table = new AllocationSizeTable().Add("M:System.String.PadLeft(System.Int32)", "noSuchParameter", AllocationSizeKind.Count, 2);
        FluentActions.Invoking(() => table.GetRule(padLeft)).Should().Throw<InvalidOperationException>().WithMessage("*noSuchParameter*");
        FluentActions.Invoking(() => table.Add("T:System.String", "x", AllocationSizeKind.Count, 1)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => table.Add("M:System.String.PadLeft(System.Int32)", "totalWidth", AllocationSizeKind.Count, -1)).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Element_sizes_follow_the_type()
    {
        var compilation = BotCompiler.CreateCompilation("public struct S { public long A; public byte B; } public struct E { }");
        RestrictedCSharp.Rules.ValueSizes.ElementBytes(compilation.GetSpecialType(SpecialType.System_Int32)).Should().Be(4);
        RestrictedCSharp.Rules.ValueSizes.ElementBytes(compilation.GetSpecialType(SpecialType.System_Char)).Should().Be(2);
        RestrictedCSharp.Rules.ValueSizes.ElementBytes(compilation.GetSpecialType(SpecialType.System_String)).Should().Be(8);
        RestrictedCSharp.Rules.ValueSizes.ElementBytes(compilation.GetTypeByMetadataName("S")!).Should().Be(16);
        RestrictedCSharp.Rules.ValueSizes.ElementBytes(compilation.GetTypeByMetadataName("E")!).Should().Be(1);
    }

    [Fact]
    public void A_value_in_a_frame_and_as_an_element_differ_only_in_padding_type_parameters_and_named_library_structs()
    {
        var compilation = BotCompiler.CreateCompilation("""
            public struct S { public long A; public byte B; }
            public enum Small : byte { A }
            public class G<T, R> where R : class { public T Value; public R Reference; public System.DateTime When; public Small Tag; }
            """);
        var frame = new RestrictedCSharp.Rules.ValueSizes(RestrictedCSharp.Rules.ValuePlace.Frame);
        var element = new RestrictedCSharp.Rules.ValueSizes(RestrictedCSharp.Rules.ValuePlace.Element);
        var s = compilation.GetTypeByMetadataName("S")!;
        var g = compilation.GetTypeByMetadataName("G`2")!;
        ITypeSymbol Field(string name) => g.GetMembers(name).OfType<IFieldSymbol>().Single().Type;

        // The same field sum; an element is padded to its largest field's alignment.
        frame.SizeOf(s).Should().Be(9);
        element.SizeOf(s).Should().Be(16);

        // A type parameter that may be a struct counts at the largest type argument in a frame, as a reference in an element.
        frame.SizeOf(Field("Value")).Should().Be(RestrictedCSharp.Rules.StackFrameEstimator.MaximumTypeArgumentBytes);
        element.SizeOf(Field("Value")).Should().Be(8);
        frame.SizeOf(Field("Reference")).Should().Be(8);
        element.SizeOf(Field("Reference")).Should().Be(8);

        frame.SizeOf(Field("When")).Should().Be(8);
        element.SizeOf(Field("When")).Should().Be(8);
        frame.SizeOf(Field("Tag")).Should().Be(1);
        element.SizeOf(Field("Tag")).Should().Be(1);
        new RestrictedCSharp.Rules.StackFrameEstimator().SizeOf(s).Should().Be(frame.SizeOf(s), "the frame estimate asks the same sizes");
    }
}
