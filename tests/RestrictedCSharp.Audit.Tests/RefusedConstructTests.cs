using Microsoft.CodeAnalysis;
using RestrictedCSharp.Rules;

namespace RestrictedCSharp.Audit.Tests;

/// <summary>Assemblies built with plain Roslyn, each holding one construct the audit must refuse.</summary>
public class RefusedConstructTests
{
    private static readonly AuditPolicy Bots = new(RuleSetLoader.Preset("bots"));

    private static AuditResult Audit(string source) => AssemblyAuditor.Audit(PlainCompiler.Compile(source), Bots);

    private static AuditResult AuditUnsafe(string source) =>
        AssemblyAuditor.Audit(PlainCompiler.Compile(source, "Bot", allowUnsafe: true), Bots);

    [Theory]
    [InlineData("class B { string M() => System.IO.File.ReadAllText(\"/etc/passwd\"); }", "System.IO.File.ReadAllText")]
    [InlineData("class B { object M() => new System.IO.FileInfo(\"x\"); }", "System.IO.FileInfo")]
    [InlineData("class B { object M(object o) => o.GetType(); }", "System.Object.GetType")]
    [InlineData("class B { object M() => System.Type.GetType(\"System.IO.File\"); }", "System.Type.GetType")]
    [InlineData("class B { object M(System.Action a) => a.Method; }", "Delegate.get_Method")]
    [InlineData("class B { long M() => System.DateTime.Now.Ticks; }", "System.DateTime.get_Now")]
    [InlineData("class B { int M() => new System.Random().Next(); }", "System.Random.#ctor")]
    [InlineData("class B { int M() => System.Environment.TickCount; }", "System.Environment.get_TickCount")]
    [InlineData("class B { void M() => System.Console.WriteLine(1); }", "System.Console.WriteLine")]
    [InlineData("class B { ref int M(ref long x) => ref System.Runtime.CompilerServices.Unsafe.As<long, int>(ref x); }", "Unsafe.As")]
    [InlineData("class B { object o = new(); void M() { lock (o) { } } }", "System.Threading.Monitor")]
    [InlineData("class B { void M() => System.Threading.Tasks.Task.Run(() => { }); }", "Task.Run")]
    [InlineData("class B { void M() => System.Diagnostics.Process.Start(\"sh\"); }", "Process.Start")]
    [InlineData("class B { void M() => System.GC.Collect(); }", "System.GC.Collect")]
    [InlineData("class B { System.Type T() => typeof(System.IO.File); }", "System.IO.File")]
    [InlineData("class B { System.IO.FileStream? S; }", "System.IO.FileStream")]
    [InlineData("class B { System.Collections.Generic.List<System.IO.FileInfo> L = new(); }", "System.IO.FileInfo")]
    [InlineData("class B { int M(System.Exception e) => e.TargetSite!.MetadataToken; }", "TargetSite")]
    public void A_refused_reference_is_reported(string source, string named)
    {
        var result = Audit(source);
        result.Passed.Should().BeFalse();
        result.Findings.Should().Contain(f => f.Id == RcxCatalog.AuditRefusedReference.Id && (f.Message.Contains(named) || f.Location.Contains(named)));
    }

    [Fact]
    public void A_type_argument_in_an_attribute_is_judged()
    {
        var result = Audit("""
            [System.AttributeUsage(System.AttributeTargets.All)] class TAttribute : System.Attribute { public TAttribute(System.Type t) { } }
            [T(typeof(System.IO.File))] class B { }
            """);
        result.Findings.Should().Contain(f => f.Id == RcxCatalog.AuditRefusedReference.Id && f.Message.Contains("System.IO.File") && f.Location.StartsWith("attribute"));
    }

    [Fact]
    public void Deriving_from_a_refused_type_is_reported()
    {
        var result = Audit("class H : Microsoft.Win32.SafeHandles.SafeHandleZeroOrMinusOneIsInvalid { public H() : base(true) { } protected override bool ReleaseHandle() => true; }");
        result.Findings.Should().Contain(f => f.Id == RcxCatalog.AuditRefusedReference.Id && f.Message.Contains("SafeHandle"));
    }

    [Fact]
    public void PInvoke_is_refused() =>
        Audit("class B { [System.Runtime.InteropServices.DllImport(\"libc\")] static extern int getpid(); }")
            .Findings.Should().Contain(f => f.Id == RcxCatalog.AuditNativeCode.Id);

    [Fact]
    public void Pointer_signatures_are_refused() =>
        AuditUnsafe("unsafe class B { int* P(int* p) => p; }").Findings.Should().Contain(f => f.Id == RcxCatalog.AuditUnsafeSignature.Id);

    [Fact]
    public void Function_pointers_and_calli_are_refused()
    {
        var result = AuditUnsafe("unsafe class B { int M(delegate*<int> f) => f(); }");
        result.Findings.Should().Contain(f => f.Id == RcxCatalog.AuditIndirectCall.Id);
        result.Findings.Should().Contain(f => f.Id == RcxCatalog.AuditUnsafeSignature.Id);
    }

    [Fact]
    public void Localloc_is_refused() =>
        AuditUnsafe("class B { int M(int n) { System.Span<int> s = stackalloc int[n]; return s.Length; } }")
            .Findings.Should().Contain(f => f.Id == RcxCatalog.AuditStackAllocation.Id);

    [Fact]
    public void Explicit_layout_is_refused() =>
        Audit("""
            using System.Runtime.InteropServices;
            [StructLayout(LayoutKind.Explicit)] struct U { [FieldOffset(0)] public object O; [FieldOffset(0)] public long L; }
            """).Findings.Should().Contain(f => f.Id == RcxCatalog.AuditExplicitLayout.Id);

    [Fact]
    public void Finalizers_are_refused() =>
        Audit("class B { ~B() { } }").Findings.Should().Contain(f => f.Id == RcxCatalog.AuditFinalizer.Id);

    [Fact]
    public void Module_initializers_are_refused() =>
        Audit("class B { [System.Runtime.CompilerServices.ModuleInitializer] internal static void Init() { } }")
            .Findings.Should().Contain(f => f.Id == RcxCatalog.AuditModuleCode.Id);

    [Fact]
    public void Garbage_is_an_invalid_assembly()
    {
        var result = AssemblyAuditor.Audit(new byte[] { 0x4D, 0x5A, 1, 2, 3 }, Bots);
        result.Findings.Should().ContainSingle().Which.Id.Should().Be(RcxCatalog.AuditInvalidAssembly.Id);
    }

    [Fact]
    public void A_missing_file_is_an_invalid_assembly() =>
        AssemblyAuditor.Audit("/nonexistent/bot.dll", Bots).Findings.Should().ContainSingle().Which.Id.Should().Be(RcxCatalog.AuditInvalidAssembly.Id);

    [Fact]
    public void The_reason_of_the_deciding_rule_is_given()
    {
        var finding = Audit("class B { long M() => System.DateTime.UtcNow.Ticks; }").Findings.Should().ContainSingle().Subject;
        finding.Message.Should().Contain("deny P:System.DateTime.UtcNow").And.Contain("clock is not deterministic");
    }

    [Fact]
    public void Every_audit_allows_the_guard_entry_points_and_nothing_else_of_the_guard_runtime()
    {
        var guards = PlainCompiler.Compile(
            "namespace RestrictedCSharp.Guards { public static class Guard { public static void Tick(int cost) { } } public static class GuardState { public static void Reset() { } } }",
            "RestrictedCSharp.Guards", allowUnsafe: false);
        var reference = MetadataReference.CreateFromImage(guards);

        AssemblyAuditor.Audit(PlainCompiler.Compile("class B { void M() => global::RestrictedCSharp.Guards.Guard.Tick(3); }", reference), Bots)
            .Passed.Should().BeTrue("the rewriter's calls are allowed by every audit policy, whatever the rules");
        AssemblyAuditor.Audit(PlainCompiler.Compile("class B { void M() => global::RestrictedCSharp.Guards.GuardState.Reset(); }", reference), Bots)
            .Findings.Should().Contain(f => f.Id == RcxCatalog.AuditRefusedReference.Id
                && f.Message.StartsWith("'RestrictedCSharp.Guards.GuardState") && f.Message.EndsWith(Refusal.NoRuleAllowsIt));
    }

    [Fact]
    public void The_audit_is_always_told_its_rules() =>
        FluentActions.Invoking(() => new AuditPolicy(null!)).Should().Throw<ArgumentNullException>();
}
