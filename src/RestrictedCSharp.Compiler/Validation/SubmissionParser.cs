using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace RestrictedCSharp.Compiler;

/// <summary>
/// Parses submission files with fixed options. The language version is C# 12 because the analyzer's
/// operation model is C# 12: constructs of a later version would be invisible to it. No preprocessor
/// symbols are defined, so code under <c>#if DEBUG</c> (or any symbol the source does not
/// <c>#define</c> itself) is disabled text that is never compiled.
/// </summary>
internal static class SubmissionParser
{
    public static CSharpParseOptions Options { get; } = new(
        languageVersion: LanguageVersion.CSharp12,
        documentationMode: DocumentationMode.None,
        kind: SourceCodeKind.Regular,
        preprocessorSymbols: ImmutableArray<string>.Empty);

    public static ImmutableArray<SyntaxTree> Parse(IReadOnlyList<SourceFile> sources, CancellationToken cancellationToken) =>
        sources.Select(source => Parse(source, cancellationToken)).ToImmutableArray();

    private static SyntaxTree Parse(SourceFile source, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var text = SourceText.From(source.Text, Encoding.UTF8, SourceHashAlgorithm.Sha256);
        return CSharpSyntaxTree.ParseText(text, Options, source.Path, cancellationToken);
    }
}
