using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace RestrictedCSharp.Compiler.Tests.CorpusSupport;

/// <summary>
/// One submission of the corpus: a single C# file copied next to the tests. An escape attempt names the
/// diagnostics that must reject it in its first line (<c>// expect: RCX0001, RCX0101</c>).
/// </summary>
public sealed partial class CorpusFile
{
    public const string EscapesFolder = "Escapes";
    public const string LegitimateFolder = "Legitimate";

    private CorpusFile(string folder, string name, string text)
    {
        Folder = folder;
        Name = name;
        Text = text;
    }

    public string Folder { get; }

    /// <summary>The file name, e.g. <c>001-file-read-all-text.cs</c>.</summary>
    public string Name { get; }

    public string Text { get; }

    public static string Root => Path.Combine(AppContext.BaseDirectory, "Corpus");

    /// <summary>The file names in a corpus folder, sorted.</summary>
    public static IEnumerable<string> Names(string folder) =>
        Directory.GetFiles(Path.Combine(Root, folder), "*.cs")
            .Select(path => Path.GetFileName(path))
            .Order(StringComparer.Ordinal);

    public static CorpusFile Load(string folder, string name) =>
        new(folder, name, File.ReadAllText(Path.Combine(Root, folder, name)));

    /// <summary>The IDs named by the <c>// expect:</c> header; empty when there is none.</summary>
    public ImmutableArray<string> ExpectedIds
    {
        get
        {
            var firstLine = Text.Split('\n', 2)[0].TrimEnd('\r');
            var header = ExpectHeader().Match(firstLine);
            return header.Success
                ? header.Groups["ids"].Value.Split([',', ' '], StringSplitOptions.RemoveEmptyEntries).ToImmutableArray()
                : ImmutableArray<string>.Empty;
        }
    }

    /// <summary>The one-line comment saying what the file tries or does (the first comment line after the header).</summary>
    public string? Description =>
        Text.Split('\n')
            .Select(l => l.Trim())
            .Where(l => l.StartsWith("//", StringComparison.Ordinal) && !ExpectHeader().IsMatch(l))
            .Select(l => l.TrimStart('/').Trim())
            .FirstOrDefault(l => l.Length > 0);

    /// <summary>The code without comments and white space, to tell copies apart from distinct attempts.</summary>
    public string NormalizedCode =>
        string.Concat(Text.Split('\n').Select(l => l.Trim()).Where(l => !l.StartsWith("//", StringComparison.Ordinal)))
            .Replace(" ", string.Empty, StringComparison.Ordinal);

    public SourceFile ToSource() => new(Name, Text);

    public override string ToString() => $"{Folder}/{Name}";

    [GeneratedRegex(@"^//\s*expect:\s*(?<ids>RCX\d{4}(\s*[, ]\s*RCX\d{4})*)\s*$")]
    private static partial Regex ExpectHeader();
}
