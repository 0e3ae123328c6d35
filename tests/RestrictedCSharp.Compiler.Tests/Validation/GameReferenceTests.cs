using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace RestrictedCSharp.Compiler.Tests.Validation;

public class GameReferenceTests : IDisposable
{
    private const string BotUsingTheApi = "public static class Bot { public static int Play(MyGame.Api.World world) => world.Turn + 1; }";

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_bot_compiles_against_the_games_api_when_the_rules_allow_it()
    {
        var validator = new SubmissionValidator(Submissions.BotsWith("allow N:MyGame.Api"), new[] { BuildGameApi() });

        var result = await validator.ValidateAsync(new[] { new SourceFile("Bot.cs", BotUsingTheApi) });

        result.Diagnostics.Should().BeEmpty();
        result.Accepted.Should().BeTrue();
    }

    [Fact]
    public async Task The_games_api_is_still_policed_by_the_rules()
    {
        var validator = new SubmissionValidator(Submissions.BotsWith(string.Empty), new[] { BuildGameApi() });

        var result = await validator.ValidateAsync(new[] { new SourceFile("Bot.cs", BotUsingTheApi) });

        result.Accepted.Should().BeFalse();
        result.Diagnostics.Should().Contain(d => d.Id == "RCX0002");
    }

    [Fact]
    public async Task Without_the_games_api_the_bot_does_not_compile()
    {
        var result = await Submissions.ValidateAsync(BotUsingTheApi);

        result.Accepted.Should().BeFalse();
        result.Diagnostics.Should().Contain(d => d.Id == "CS0246" || d.Id == "CS0234");
    }

    [Fact]
    public void A_missing_game_assembly_fails_with_its_name()
    {
        var create = () => new SubmissionValidator(Submissions.BotsWith(string.Empty), new[] { "/no/such/Game.dll" });

        create.Should().Throw<FileNotFoundException>().WithMessage("*Game.dll*");
    }

    [Fact]
    public void A_file_that_is_not_an_assembly_fails_with_its_name()
    {
        var notAnAssembly = _folder.Write("Game.dll", "just text");

        var create = () => new SubmissionValidator(Submissions.BotsWith(string.Empty), new[] { notAnAssembly });

        create.Should().Throw<InvalidDataException>().WithMessage("*Game.dll*");
    }

    private string BuildGameApi()
    {
        var tree = CSharpSyntaxTree.ParseText("namespace MyGame.Api { public sealed class World { public int Turn => 1; } }");
        var compilation = CSharpCompilation.Create(
            "MyGame.Api", new[] { tree }, ReferenceSet.Create(null), new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var path = System.IO.Path.Combine(_folder.Path, "MyGame.Api.dll");
        var emitted = compilation.Emit(path);
        emitted.Success.Should().BeTrue(string.Join("\n", emitted.Diagnostics));
        return path;
    }
}
