using RestrictedCSharp.Guards.Tests.Infrastructure;

namespace RestrictedCSharp.Rewriting.Tests;

/// <summary>
/// Inserted code names nothing a bot declaration can capture: guard calls go through <c>global::</c> (see the
/// reserved-name refusals), and the rewriter writes no contextual keyword that a bot type could stand for.
/// </summary>
public sealed class InsertedNameTests
{
    // 'var' binds to a type named 'var' when one is in scope: the inserted 'out var' of a multi-dimensional
    // array's element count once became an out argument of the bot's type, and the guarded code did not compile.
    [Theory]
    [InlineData("public class Bot { class var { } public static int Run() { int n = 3; return new int[n, n + 1].Length; } }")]
    [InlineData("class var { } public class Bot { public static int Run() { int n = 3; return new int[n, n, 2].Length; } }")]
    public void A_bot_type_named_var_does_not_capture_the_inserted_declarations(string source)
    {
        var guarded = BotCompiler.Guard(source);

        guarded.Success.Should().BeTrue(string.Join("; ", guarded.Diagnostics));
        guarded.Trees.Single().Guarded.ToString().Should().Contain("FirstDimension");
        BotCompiler.Emit(guarded.Compilation);
    }
}
