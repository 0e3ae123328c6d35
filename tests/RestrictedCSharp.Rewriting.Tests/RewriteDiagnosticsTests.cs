using System.Reflection;
using Microsoft.CodeAnalysis;
using RestrictedCSharp.Guards.Tests.Infrastructure;
using RestrictedCSharp.Rewriting;
using RestrictedCSharp.Rules;

namespace RestrictedCSharp.Rewriting.Tests;

/// <summary>The rewriter reports under the catalog's IDs and in the catalog's words, the same as the analyzer.</summary>
public sealed class RewriteDiagnosticsTests
{
    public static TheoryData<string> Descriptors()
    {
        var data = new TheoryData<string>();
        foreach (var field in typeof(RewriteDiagnostics).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            data.Add(field.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Descriptors))]
    public void Every_descriptor_of_the_rewriter_is_its_catalog_entry(string field)
    {
        var descriptor = (DiagnosticDescriptor)typeof(RewriteDiagnostics).GetField(field)!.GetValue(null)!;
        var entry = RcxCatalog.Find(descriptor.Id);

        entry.Should().NotBeNull($"{descriptor.Id} is reported by the rewriter, so it must be in the catalog");
        descriptor.Should().Be(entry!.ToDescriptor(), "title, message, category, severity, tags and help link are the catalog's");
    }

    [Theory]
    [InlineData("namespace RestrictedCSharp.Guards.Inner { public class C { } }", "RestrictedCSharp.Guards.Inner")]
    [InlineData("public class C { void M() { RestrictedCSharp.Guards.Guard.Tick(1); } }", "RestrictedCSharp.Guards.Guard")]
    public void A_use_or_declaration_of_the_guard_namespace_is_refused_in_the_catalog_s_words(string source, string named)
    {
        var result = GuardRewriter.Rewrite(BotCompiler.CreateCompilation(source), DefaultAllocationSizeRules.Create());

        result.Diagnostics.Where(d => d.Id == RcxCatalog.GuardNamespace.Id).Select(d => d.GetMessage())
            .Should().Contain(RcxCatalog.GuardNamespace.Format(named));
    }

    [Fact]
    public void Every_guard_call_the_stripper_unwraps_is_a_guard_entry_point()
    {
        // The table of kept arguments names members of the real guard type: a renamed entry point would leave a
        // wrapped call the stripper no longer recognises.
        var guardMethods = typeof(Guards.Guard).GetMethods(BindingFlags.Public | BindingFlags.Static).Select(m => m.Name).ToHashSet();
        var wrapping = typeof(GuardNames).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && GuardNames.KeptArgument((string)f.GetRawConstantValue()!) >= 0)
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToList();

        wrapping.Should().NotBeEmpty();
        guardMethods.Should().Contain(wrapping);
    }
}
