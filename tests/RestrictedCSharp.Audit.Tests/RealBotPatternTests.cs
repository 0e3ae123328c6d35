using RestrictedCSharp.Rules;

namespace RestrictedCSharp.Audit.Tests;

/// <summary>
/// The IL audit on what the bots preset newly accepts, on assemblies built with no restriction at all: the
/// shapes the compiler emits for accepted source pass, and every other use of GetType, localloc and the
/// span constructor that takes a pointer is refused.
/// </summary>
public class RealBotPatternTests
{
    private static readonly AuditPolicy Bots = new(RuleSetLoader.Preset("bots"));
    private static readonly AuditPolicy Strict = new(RuleSetLoader.Preset("strict"));

    private static AuditResult Audit(string source, AuditPolicy? policy = null, bool allowUnsafe = false) =>
        AssemblyAuditor.Audit(PlainCompiler.Compile(source, "Bot", allowUnsafe), policy ?? Bots);

    [Fact]
    public void The_comparisons_of_two_GetType_results_pass()
    {
        var result = Audit("""
            class Cell
            {
                public int X;
                public override bool Equals(object? obj)
                {
                    if (obj == null || GetType() != obj.GetType()) return false;
                    if (!GetType().Equals(obj.GetType())) return false;
                    var other = (Cell)obj;
                    return other.GetType() == this.GetType() && X == other.X;
                }
                public override int GetHashCode() => X;
            }
            struct Pair
            {
                public int A;
                public override bool Equals(object? obj) => obj != null && GetType() == obj.GetType() && A == ((Pair)obj).A;
                public override int GetHashCode() => A;
            }
            """);
        result.Findings.Should().BeEmpty();
    }

    [Theory]
    [InlineData("object M(object o) => o.GetType();")]
    [InlineData("string M() => GetType().Name;")]
    [InlineData("bool M(object o) => o.GetType() == typeof(B);")]
    [InlineData("bool M(object o) => typeof(B) == o.GetType();")]
    [InlineData("bool M(object o) { var t = GetType(); Keep(t); return t == o.GetType(); } void Keep(object x) { }")]
    [InlineData("bool M(object o) => GetType() == o.GetType().GetType();")]
    [InlineData("System.Func<System.Type> M() => GetType;")]
    [InlineData("int M() => GetType().GetHashCode();")]
    [InlineData("bool M(object o) => object.ReferenceEquals(GetType(), o.GetType());")]
    [InlineData("void M(System.Collections.Generic.List<object> l) => l.Add(GetType());")]
    public void Every_other_use_of_GetType_is_refused(string member)
    {
        var result = Audit($"class B {{ {member} }}");
        result.Passed.Should().BeFalse();
        result.Findings.Should().Contain(f => f.Id == RcxCatalog.AuditRefusedReference.Id && f.Message.Contains("GetType"));
    }

    [Fact]
    public void Type_equals_outside_a_comparison_of_GetType_results_is_refused() =>
        Audit("class B { bool M() => typeof(B).Equals(typeof(string)); }")
            .Findings.Should().Contain(f => f.Id == RcxCatalog.AuditRefusedReference.Id && f.Message.Contains("System.Type.Equals"));

    [Fact]
    public void With_type_comparison_off_even_the_comparison_is_refused() =>
        Audit("class B { bool M(object o) => GetType() == o.GetType(); }", Strict)
            .Findings.Should().Contain(f => f.Id == RcxCatalog.AuditRefusedReference.Id && f.Message.Contains("GetType"));

    [Fact]
    public void A_constant_stackalloc_into_a_span_passes()
    {
        var result = Audit("""
            struct Move { public ushort From, To; public int Score; }
            class B
            {
                int M(int n)
                {
                    System.Span<int> ints = stackalloc int[64];
                    System.Span<Move> moves = stackalloc Move[256];
                    System.ReadOnlySpan<byte> bytes = stackalloc byte[16];
                    for (var i = 0; i < ints.Length; i++) ints[i] = i * n;
                    return ints[3] + moves.Length + bytes.Length;
                }
            }
            """);
        result.Findings.Should().BeEmpty();
    }

    [Theory]
    [InlineData("int M(int n) { System.Span<int> s = stackalloc int[n]; return s.Length; }", "constant size")]
    [InlineData("int M() { System.Span<byte> s = stackalloc byte[100000]; return s.Length; }", "over the 16384")]
    [InlineData("int M() { System.Span<S> s = stackalloc S[20000]; return s.Length; }", "over the 16384")]
    [InlineData("int M() { var t = 0; for (var i = 0; i < 9; i++) { System.Span<int> s = stackalloc int[4]; t += s.Length; } return t; }", "inside a loop")]
    [InlineData("int M(int n) { again: System.Span<int> s = stackalloc int[4]; if (n-- > 0) goto again; return s.Length; }", "inside a loop")]
    [InlineData("unsafe int M() { int* p = stackalloc int[4]; return new System.Span<int>(p, 1000).Length; }", "longer than the block")]
    [InlineData("unsafe int M() { int* p = stackalloc int[4]; System.Console.Write(0); return new System.Span<int>(p, 4).Length; }", "straight into a Span")]
    [InlineData("unsafe int M() { int* p = stackalloc int[4]; return p[100]; }", "straight into a Span")]
    public void Any_other_localloc_is_refused(string member, string reason)
    {
        var result = Audit($"struct S {{ public long A; }} class B {{ {member} }}", allowUnsafe: true);
        result.Findings.Should().Contain(f => f.Id == RcxCatalog.AuditStackAllocation.Id && f.Message.Contains(reason));
    }

    [Fact]
    public void A_span_over_any_other_pointer_is_refused()
    {
        var result = Audit("unsafe class B { int M() { int x = 0; return new System.Span<int>(&x, 1000).Length; } }", allowUnsafe: true);
        result.Findings.Should().Contain(f => f.Id == RcxCatalog.AuditUnsafeSignature.Id && f.Message.Contains("Span<T>(void*, int)"));
    }

    [Fact]
    public void With_stackalloc_off_even_a_constant_one_is_refused() =>
        Audit("class B { int M() { System.Span<int> s = stackalloc int[4]; return s.Length; } }", Strict)
            .Findings.Should().Contain(f => f.Id == RcxCatalog.AuditStackAllocation.Id);

    [Fact]
    public void The_AssemblyInfo_metadata_passes_and_InternalsVisibleTo_does_not()
    {
        Audit("""
            [assembly: System.Reflection.AssemblyTitle("Bot")]
            [assembly: System.Reflection.AssemblyVersion("1.0.0.0")]
            [assembly: System.Runtime.InteropServices.ComVisible(false)]
            [assembly: System.Runtime.InteropServices.Guid("6f1b3c1e-1d2a-4c55-9c1e-000000000001")]
            class B { }
            """).Findings.Should().BeEmpty();
        Audit("""
            [assembly: System.Runtime.CompilerServices.InternalsVisibleTo("Other")]
            class B { }
            """).Findings.Should().Contain(f => f.Id == RcxCatalog.AuditRefusedReference.Id && f.Message.Contains("InternalsVisibleTo"));
    }
}
