using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using RestrictedCSharp.Rules.Tests.Support;

namespace RestrictedCSharp.Rules.Tests;

/// <summary>A deny on a virtual, abstract or interface member covers the library's overrides and implementations.</summary>
public class InheritedDenialTests
{
    private static readonly Lazy<CSharpCompilation> Compilation = new(() =>
        CSharpCompilation.Create("Bot", [CSharpSyntaxTree.ParseText("public class Mine : System.Exception { public override string ToString() => \"mine\"; }")], ReferenceSet.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)));

    private static SymbolPolicy Policy(string rules) => new(RulesText.Load(rules), Compilation.Value.Assembly);

    private static IMethodSymbol Method(string type, string name, int parameters = 0) =>
        Compilation.Value.GetTypeByMetadataName(type)!.GetMembers(name).OfType<IMethodSymbol>().First(m => m.Parameters.Length == parameters);

    [Fact]
    public void A_deny_on_a_virtual_method_covers_the_librarys_overrides()
    {
        var policy = Policy("allow N:System\nallow N:System.IO\ndeny M:System.Exception.ToString ; the stack trace");

        var verdict = policy.Evaluate(Method("System.IO.FileNotFoundException", "ToString"));

        verdict.Kind.Should().Be(VerdictKind.DeniedByRule);
        verdict.Rule!.Pattern.Text.Should().Be("M:System.Exception.ToString");
    }

    [Fact]
    public void A_deny_on_an_interface_method_covers_a_struct_enumerators_implementation()
    {
        var policy = Policy("allow N:System\nallow N:System.Collections.Generic\ndeny M:System.IDisposable.Dispose");
        var enumerator = Compilation.Value.GetTypeByMetadataName("System.Collections.Generic.List`1+Enumerator")!;

        policy.Evaluate(enumerator.GetMembers("Dispose").Single()).Kind.Should().Be(VerdictKind.DeniedByRule);
        policy.Evaluate(enumerator.GetMembers("MoveNext").Single()).IsAllowed.Should().BeTrue();
    }

    [Fact]
    public void A_rule_written_for_the_override_itself_decides_for_it()
    {
        var policy = Policy("allow N:System\nallow N:System.IO\ndeny M:System.Exception.ToString\nallow M:System.IO.FileNotFoundException.ToString");

        policy.Evaluate(Method("System.IO.FileNotFoundException", "ToString")).IsAllowed.Should().BeTrue();
    }

    [Fact]
    public void A_type_level_deny_is_not_inherited_by_members_of_other_types()
    {
        var policy = Policy("allow N:System\ndeny T:System.Exception\nallow T:System.ArgumentException");

        policy.Evaluate(Method("System.ArgumentException", "GetObjectData", 2)).Kind.Should().NotBe(VerdictKind.DeniedByRule);
    }

    [Fact]
    public void The_bots_own_override_is_not_judged_by_name()
    {
        var policy = Policy("allow N:System\ndeny M:System.Exception.ToString");

        policy.Evaluate(Method("Mine", "ToString")).IsAllowed.Should().BeTrue();
    }
}
