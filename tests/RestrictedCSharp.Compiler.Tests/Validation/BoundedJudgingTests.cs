using System.Text;
using RestrictedCSharp.Rules;

namespace RestrictedCSharp.Compiler.Tests.Validation;

/// <summary>
/// Sources that make the compiler itself slow or big are refused before it binds them: nested lambdas over
/// overloads (binding time exponential in their depth), doubling constant strings (folded into gigabytes),
/// with the validation time budget and the assembly size bound as backstops.
/// </summary>
public class BoundedJudgingTests
{
    private static string NestedLambdas(int depth)
    {
        var body = "0";
        for (var i = 0; i < depth; i++) body = $"M(x{i} => {body})";
        return $$"""
            using System;
            public static class Bomb
            {
                static int M(Func<int, int> f) => 0;
                static int M(Func<string, int> f) => 0;
                static int M(Func<long, int> f) => 0;
                public static int Run() => {{body}};
            }
            """;
    }

    private static string DoublingConstants(int lines, string declare = "public const string", string doubled = "{0} + {0}")
    {
        var text = new StringBuilder("public static class Consts\n{\n");
        text.Append(declare).Append(" A0 = \"0123456789012345678901234567890123456789\";\n");
        for (var i = 1; i <= lines; i++)
            text.Append(declare).Append($" A{i} = ").Append(string.Format(doubled, $"A{i - 1}")).Append(";\n");
        text.Append($"public static int Run() => A{lines}.Length;\n}}\n");
        return text.ToString();
    }

    [Fact]
    public async Task Nested_lambdas_over_overloads_are_RCX1009_before_binding()
    {
        var result = await Submissions.ValidateAsync(NestedLambdas(14), "Lambdas.cs");

        result.Compilation.Should().BeNull("the compiler must never bind it");
        var diagnostic = result.Diagnostics.Should().ContainSingle().Subject;
        diagnostic.Id.Should().Be("RCX1009");
        diagnostic.File.Should().Be("Lambdas.cs");
        diagnostic.Message.Should().Contain("7 levels").And.Contain("limit of 6");
    }

    [Fact]
    public async Task The_lambda_depth_limit_comes_from_the_rules()
    {
        var validator = Submissions.Validator(Submissions.BotsWith("limit lambda-depth 2"));

        var three = await validator.ValidateAsync([new SourceFile("Bot.cs", NestedLambdas(3))]);
        var two = await validator.ValidateAsync([new SourceFile("Bot.cs", NestedLambdas(2))]);

        three.Diagnostics.Should().ContainSingle(d => d.Id == "RCX1009");
        two.Diagnostics.Should().NotContain(d => d.Id == "RCX1009");
    }

    [Theory]
    [InlineData("public const string", "{0} + {0}")]
    [InlineData("public const string", "$\"{{{0}}}{{{0}}}\"")] // constant interpolated strings fold too
    [InlineData("public const string", "Consts.{0} + (Consts.{0})")] // qualified names, brackets
    [InlineData("public const string", "true ? {0} + {0} : \"\"")]
    public async Task Doubling_constant_strings_are_RCX1010_before_binding(string declare, string doubled)
    {
        var result = await Submissions.ValidateAsync(DoublingConstants(22, declare, doubled), "Consts.cs");

        result.Compilation.Should().BeNull("the compiler must never fold them");
        var diagnostic = result.Diagnostics.Should().ContainSingle().Subject;
        diagnostic.Id.Should().Be("RCX1010");
        diagnostic.Line.Should().BeInRange(3, 25);
    }

    [Fact]
    public async Task Doubling_constant_locals_are_RCX1010()
    {
        var body = new StringBuilder("const string a0 = \"0123456789012345678901234567890123456789\";\n");
        for (var i = 1; i <= 22; i++) body.Append($"const string a{i} = a{i - 1} + a{i - 1};\n");
        var source = $"public static class C {{ public static int Run() {{ {body} return a22.Length; }} }}";

        var result = await Submissions.ValidateAsync(source);

        result.Diagnostics.Should().ContainSingle().Which.Id.Should().Be("RCX1010");
    }

    [Fact]
    public async Task Many_concatenations_of_one_large_constant_count_together()
    {
        // Each distinct concatenation is a new string in the assembly: 200 of a 10,000-character constant.
        var uses = string.Join("\n", Enumerable.Range(0, 200).Select(i => $"public static string S{i}() => Big + \"{i}\";"));
        var source = $"public static class C {{ const string Big = \"{new string('x', 500)}\" +\n \"{new string('y', 500)}\"; const string Bigger = Big + Big + Big + Big + Big + Big + Big + Big + Big + Big;\n{uses.Replace("Big +", "Bigger +")}\n}}";
        var validator = Submissions.Validator(Submissions.BotsWith("limit constant-chars 1000000"));

        var result = await validator.ValidateAsync([new SourceFile("Bot.cs", source)]);

        result.Diagnostics.Should().ContainSingle().Which.Id.Should().Be("RCX1010");
    }

    [Fact]
    public async Task Ordinary_constants_pass()
    {
        const string source = """
            public static class Names
            {
                public const string Prefix = "bot-";
                public const string Name = Prefix + "astar";
                public const string Banner = $"{Name} v{Version}";
                public const string Version = "1.2";
                public const int Size = 64;
                public static string Describe(int turn) => Name + " on turn " + turn + " of " + Size;
            }
            """;

        var result = await Submissions.ValidateAsync(source);

        result.Accepted.Should().BeTrue(string.Join("\n", result.Diagnostics));
    }

    [Fact]
    public async Task Validation_past_its_time_budget_is_RCX1008()
    {
        // Inside the lambda-depth limit (raised here), the binding is still slow enough for a 1 ms budget.
        var validator = Submissions.Validator(Submissions.BotsWith("limit lambda-depth 20\nlimit validate-ms 1"));

        var result = await validator.ValidateAsync([new SourceFile("Bot.cs", NestedLambdas(7))]);

        result.Compilation.Should().BeNull();
        result.Diagnostics.Should().ContainSingle().Which.Id.Should().Be("RCX1008");
        result.Accepted.Should().BeFalse();
    }

    [Fact]
    public async Task Validation_past_its_memory_budget_is_RCX1012()
    {
        // The same binding grows the heap by far more than 1 MiB before it ends.
        var validator = Submissions.Validator(Submissions.BotsWith("limit lambda-depth 20\nlimit validate-mb 1"));

        var result = await validator.ValidateAsync([new SourceFile("Bot.cs", NestedLambdas(7))]);

        result.Compilation.Should().BeNull();
        result.Diagnostics.Should().ContainSingle().Which.Id.Should().Be("RCX1012");
        result.Accepted.Should().BeFalse();
    }

    [Fact]
    public async Task A_caller_cancellation_is_still_an_exception()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        var validate = () => Submissions.Bots.ValidateAsync([new SourceFile("Bot.cs", NestedLambdas(2))], cancelled.Token);

        await validate.Should().ThrowAsync<OperationCanceledException>();
    }

    [Fact]
    public void The_new_limits_are_in_the_limit_table_with_their_defaults_and_in_the_bots_preset()
    {
        var preset = RuleSetLoader.Preset(Presets.Bots);

        preset.GetLimit(BudgetLimit.LambdaDepth).Should().Be(6);
        preset.GetLimit(BudgetLimit.ConstantChars).Should().Be(1024 * 1024);
        preset.GetLimit(BudgetLimit.ValidationMilliseconds).Should().Be(20_000);
        preset.GetLimit(BudgetLimit.ValidationMegabytes).Should().Be(2_048);
        preset.GetLimit(BudgetLimit.AssemblyBytes).Should().Be(16 * 1024 * 1024);
        foreach (var limit in new[] { BudgetLimit.LambdaDepth, BudgetLimit.ConstantChars, BudgetLimit.ValidationMilliseconds, BudgetLimit.ValidationMegabytes, BudgetLimit.AssemblyBytes })
            preset.Limits.Should().ContainKey(limit.Name, "the preset spells out every budget");
    }
}
