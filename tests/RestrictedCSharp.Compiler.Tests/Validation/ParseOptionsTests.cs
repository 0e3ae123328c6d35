using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace RestrictedCSharp.Compiler.Tests.Validation;

/// <summary>The submitter cannot pick a language version or define preprocessor symbols from outside.</summary>
public class ParseOptionsTests
{
    [Fact]
    public async Task Sources_are_parsed_as_CSharp_12_with_no_preprocessor_symbols()
    {
        var result = await Submissions.ValidateAsync("public static class Bot { }");

        var options = (CSharpParseOptions)result.Compilation!.SyntaxTrees.Single().Options;
        options.LanguageVersion.Should().Be(LanguageVersion.CSharp12);
        options.PreprocessorSymbolNames.Should().BeEmpty();
        options.DocumentationMode.Should().Be(DocumentationMode.None);
    }

    [Fact]
    public async Task The_compiler_reports_language_version_12_whatever_the_source_wants()
    {
        var result = await Submissions.ValidateAsync("#error version\npublic static class Bot { }");

        result.Accepted.Should().BeFalse();
        result.Diagnostics.Should().Contain(d => d.Id.StartsWith("CS") && d.Message.Contains("12.0"));
    }

    [Fact]
    public async Task A_feature_of_a_later_language_version_is_a_compiler_error()
    {
        // Params collections are C# 13.
        var result = await Submissions.ValidateAsync(
            "public static class Bot { public static int Sum(params System.ReadOnlySpan<int> xs) => xs.Length; }");

        result.Accepted.Should().BeFalse();
        result.Diagnostics.Should().Contain(d => d.Id.StartsWith("CS") && d.Severity == DiagnosticSeverity.Error);
    }

    [Theory]
    [InlineData("DEBUG")]
    [InlineData("TRACE")]
    [InlineData("NET10_0")]
    [InlineData("NET5_0_OR_GREATER")]
    public async Task Code_under_a_symbol_nobody_defined_is_never_compiled_so_it_is_accepted(string symbol)
    {
        var source = $"public static class Bot\n{{\n#if {symbol}\n    public static string Peek() => System.IO.File.ReadAllText(\"secret\");\n#endif\n}}\n";

        var result = await Submissions.ValidateAsync(source);

        result.Accepted.Should().BeTrue(string.Join("\n", result.Diagnostics));
        result.Compilation!.GetTypeByMetadataName("Bot")!.GetMembers("Peek").Should().BeEmpty();
    }

    [Fact]
    public async Task A_symbol_the_source_defines_itself_makes_the_code_live_and_checked()
    {
        var source = "#define DEBUG\npublic static class Bot\n{\n#if DEBUG\n    public static string Peek() => System.IO.File.ReadAllText(\"secret\");\n#endif\n}\n";

        var result = await Submissions.ValidateAsync(source);

        result.Accepted.Should().BeFalse();
        result.Diagnostics.Should().Contain(d => d.Id == "RCX0001" && d.Line == 5);
    }
}
