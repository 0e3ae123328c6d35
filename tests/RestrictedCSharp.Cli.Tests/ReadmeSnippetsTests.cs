using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace RestrictedCSharp.Cli.Tests;

/// <summary>
/// Every <c>csharp</c> block of README.md compiles as written: a bot (a class deriving from the game's bot type)
/// through <c>rcsc check --game lightcycles</c>, which must accept it; the server's code as a console program's
/// top-level statements against the project's public assemblies, with the SDK's implicit usings of a new console
/// project.
/// </summary>
public sealed partial class ReadmeSnippetsTests : IDisposable
{
    private static readonly string Readme = Path.Combine(MatchSamples.Root, "README.md");

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    public static TheoryData<int, string> Snippets()
    {
        var data = new TheoryData<int, string>();
        var text = File.ReadAllText(Readme).Replace("\r", string.Empty, StringComparison.Ordinal);
        foreach (Match block in CSharpBlock().Matches(text))
        {
            var line = text[..block.Index].Count(c => c == '\n') + 1;
            data.Add(line, block.Groups["body"].Value);
        }
        return data;
    }

    [Fact]
    public void The_readme_has_the_bot_and_server_snippets() => Snippets().Count().Should().BeGreaterThanOrEqualTo(3);

    [Theory]
    [MemberData(nameof(Snippets))]
    public async Task A_readme_snippet_compiles(int line, string snippet)
    {
        if (snippet.Contains(": LightCyclesBot", StringComparison.Ordinal))
        {
            var bot = _folder.Write("Bot.cs", snippet);
            var check = await Rcsc.RunAsync("check", "--game", "lightcycles", bot);
            check.ExitCode.Should().Be(ExitCodes.Success, $"the bot at README.md line {line} is accepted\n{check}");
            return;
        }

        var compilation = CSharpCompilation.Create(
            "ReadmeSnippet",
            [CSharpSyntaxTree.ParseText(ImplicitUsings, path: "GlobalUsings.cs"), CSharpSyntaxTree.ParseText(snippet, path: $"README.md:{line}")],
            References(),
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ToList();
        errors.Should().BeEmpty($"the snippet at README.md line {line} compiles as written");
    }

    /// <summary>What <c>dotnet new console</c> brings in (ImplicitUsings).</summary>
    private const string ImplicitUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Net.Http;
        global using System.Threading;
        global using System.Threading.Tasks;
        """;

    /// <summary>The framework, and the project's assemblies next to these tests (a server references the same packages).</summary>
    private static ImmutableArray<MetadataReference> References() =>
    [
        .. ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Concat(Directory.GetFiles(AppContext.BaseDirectory, "RestrictedCSharp.*.dll"))
            .Where(p => !Path.GetFileName(p).StartsWith("RestrictedCSharp.Cli", StringComparison.Ordinal))
            .DistinctBy(Path.GetFileName)
            .Select(p => MetadataReference.CreateFromFile(p)),
    ];

    [GeneratedRegex(@"```csharp\n(?<body>.*?)```", RegexOptions.Singleline)]
    private static partial Regex CSharpBlock();
}
