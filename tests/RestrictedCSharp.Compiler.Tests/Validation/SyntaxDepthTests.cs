namespace RestrictedCSharp.Compiler.Tests.Validation;

/// <summary>
/// A long operator chain is a deep tree with no brackets at all; Roslyn's binding time grows faster
/// than linearly with it, so the depth is limited before binding.
/// </summary>
public class SyntaxDepthTests
{
    [Fact]
    public async Task A_long_operator_chain_is_RCX1007_before_binding()
    {
        var chain = string.Join("+\n", Enumerable.Repeat("1", 20_000));
        var result = await Submissions.ValidateAsync($"class C {{ int F() => {chain}; }}", "Chain.cs");

        result.Compilation.Should().BeNull("the compiler must never bind it");
        var diagnostic = result.Diagnostics.Should().ContainSingle().Subject;
        diagnostic.Id.Should().Be("RCX1007");
        diagnostic.File.Should().Be("Chain.cs");
        diagnostic.Message.Should().Contain("512");
    }

    [Fact]
    public async Task The_limit_comes_from_the_rules()
    {
        var validator = Submissions.Validator(Submissions.BotsWith("limit syntax-depth 40"));
        var chain = string.Join("+", Enumerable.Repeat("1", 60));

        var result = await validator.ValidateAsync(new[] { new SourceFile("Chain.cs", $"class C {{ int F() => {chain}; }}") });

        result.Diagnostics.Should().ContainSingle(d => d.Id == "RCX1007");
    }

    [Fact]
    public async Task Ordinary_long_expressions_pass()
    {
        var chain = string.Join(" +\n", Enumerable.Range(0, 200).Select(i => $"\"s{i}\""));
        var result = await Submissions.ValidateAsync($"public class C {{ public string F() => {chain}; }}");

        result.Accepted.Should().BeTrue(string.Join("\n", result.Diagnostics));
    }
}
