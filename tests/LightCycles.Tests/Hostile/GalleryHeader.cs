using System.Text.RegularExpressions;

namespace LightCycles.Tests.Hostile;

/// <summary>What a hostile bot's header comment promises: the diagnostics an author sees, or the run-time outcome.</summary>
internal sealed partial record GalleryHeader(IReadOnlyList<ExpectedDiagnostic> Diagnostics, string? Outcome)
{
    public static GalleryHeader Read(string folder)
    {
        var file = Directory.GetFiles(folder, "*.cs").Single();
        var header = File.ReadLines(file).TakeWhile(l => l.StartsWith("//", StringComparison.Ordinal)).ToList();
        if (!header.Any(l => l.StartsWith("// Tries: ", StringComparison.Ordinal)))
            throw new InvalidOperationException($"{file} does not start by saying what it tries.");
        var diagnostics = header.Select(l => DiagnosticLine().Match(l)).Where(m => m.Success)
            .Select(m => new ExpectedDiagnostic(m.Groups["file"].Value, int.Parse(m.Groups["line"].Value), int.Parse(m.Groups["column"].Value),
                m.Groups["id"].Value, m.Groups["message"].Value))
            .ToList();
        var outcome = header.Select(l => OutcomeLine().Match(l)).FirstOrDefault(m => m.Success)?.Groups["outcome"].Value;
        return new GalleryHeader(diagnostics, outcome);
    }

    [GeneratedRegex(@"^//\s+(?<file>\S+)\((?<line>\d+),(?<column>\d+)\): error (?<id>[A-Z]+\d+): (?<message>.*)$")]
    private static partial Regex DiagnosticLine();

    [GeneratedRegex(@"^// Outcome: (?<outcome>[a-z-]+)$")]
    private static partial Regex OutcomeLine();
}

/// <summary>One diagnostic as <c>rcsc check</c> prints it.</summary>
internal sealed record ExpectedDiagnostic(string File, int Line, int Column, string Id, string Message)
{
    /// <summary>The same, with the file reduced to its name and preset line numbers (which move as presets grow) removed.</summary>
    /// <remarks>
    /// The help link that text output prints after the message is not part of the message; the game's rules file
    /// is named by its file name alone, since its folder is the checkout's.
    /// </remarks>
    public string Comparable =>
        $"{Path.GetFileName(File)}({Line},{Column}): {Id}: {RulesFileLine().Replace(PresetLine().Replace(HelpLink().Replace(Message, string.Empty), "(preset:$1)"), "($1)")}";

    private static Regex RulesFileLine() => new(@"\((?:[^()\s]*/)?([\w.-]+\.rules):\d+\)");

    private static Regex PresetLine() => new(@"\(preset:(\w+):\d+\)");

    private static Regex HelpLink() => new(@" \(https://\S+\)$");
}
