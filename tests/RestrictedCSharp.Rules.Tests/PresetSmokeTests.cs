using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using RestrictedCSharp.Rules;

namespace RestrictedCSharp.Rules.Tests;

public class PresetSmokeTests
{
    [Theory]
    [InlineData("bots")]
    [InlineData("strict")]
    public void Preset_loads_without_errors(string name)
    {
        var result = RuleSetLoader.LoadPreset(name);
        result.Errors.Should().BeEmpty();
        result.RuleSet!.SymbolRules.Should().NotBeEmpty();
    }

    [Theory]
    [InlineData("M:System.Random.#ctor", RuleAction.Deny)]
    [InlineData("M:System.Random.#ctor(System.Int32)", RuleAction.Allow)]
    [InlineData("M:System.Object.GetType", RuleAction.Deny)]
    [InlineData("M:System.Linq.Enumerable.Select``2(System.Collections.Generic.IEnumerable{``0},System.Func{``0,``1})", RuleAction.Allow)]
    [InlineData("T:System.Linq.Expressions.Expression", RuleAction.Deny)]
    [InlineData("M:System.IO.File.ReadAllText(System.String)", RuleAction.Deny)]
    [InlineData("P:System.Environment.NewLine", RuleAction.Allow)]
    [InlineData("P:System.Environment.TickCount", RuleAction.Deny)]
    public void Bots_preset_decides(string id, RuleAction expected)
    {
        RuleSetLoader.Preset("bots").Matcher.Match(id)!.Action.Should().Be(expected);
    }

    [Fact]
    public void Signature_types_are_policed()
    {
        var compilation = CSharpCompilation.Create("t", [CSharpSyntaxTree.ParseText("class C {}")],
            [MetadataReference.CreateFromFile(typeof(object).Assembly.Location)]);
        var policy = new SymbolPolicy(RuleSetLoader.Preset("bots"), compilation.Assembly);
        var exception = compilation.GetTypeByMetadataName("System.Exception")!;
        var targetSite = exception.GetMembers("TargetSite").Single();
        policy.Evaluate(targetSite).Kind.Should().Be(VerdictKind.DeniedByRule);
        var message = exception.GetMembers("Message").Single();
        policy.Evaluate(message).IsAllowed.Should().BeTrue();
        var getType = exception.GetMembers("GetType").Single();
        policy.Evaluate(getType).IsAllowed.Should().BeFalse();
        var createInstance = compilation.GetTypeByMetadataName("System.Array")!.GetMembers("CreateInstance").OfType<IMethodSymbol>().First();
        var verdict = policy.Evaluate(createInstance);
        verdict.Kind.Should().Be(VerdictKind.UsesDeniedType);
        verdict.Explain().Should().Contain("System.Type");
    }
}
