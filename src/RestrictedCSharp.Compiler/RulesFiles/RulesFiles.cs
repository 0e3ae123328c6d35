using System.Collections.Immutable;
using RestrictedCSharp.Analyzers;
using RestrictedCSharp.Rules;

namespace RestrictedCSharp.Compiler;

/// <summary>
/// Rules files on disk: loading one (with its includes read from disk), finding the nearest
/// <c>restricted.rules</c> above a path, and falling back to the <c>bots</c> preset. Every problem is
/// an RCX0901 diagnostic naming the file and line.
/// </summary>
public static class RulesFiles
{
    public const string FileName = RuleSetLoader.DefaultFileName;

    public const string DefaultPreset = Presets.Bots;

    public static RulesFileResult Load(string path)
    {
        var fullPath = Path.GetFullPath(path);
        var text = TryRead(fullPath, out var reason);
        if (text is null)
        {
            return Failed(fullPath, ImmutableArray.Create(RulesError(fullPath, 0, $"cannot read the file ({reason})")));
        }

        return FromLoad(fullPath, RuleSetLoader.Load(text, fullPath, p => TryRead(p, out _)));
    }

    public static RulesFileResult LoadPreset(string name) =>
        FromLoad(Presets.SourceName(name), RuleSetLoader.LoadPreset(name));

    /// <summary>The nearest rules file at or above <paramref name="startPath"/> (a file or a folder), or the default preset.</summary>
    public static RulesFileResult LoadNearestOrDefault(string startPath)
    {
        var nearest = FindNearest(startPath);
        return nearest is null ? LoadPreset(DefaultPreset) : Load(nearest);
    }

    /// <summary>The full path of the nearest <c>restricted.rules</c> in the folder of <paramref name="startPath"/> or above it.</summary>
    public static string? FindNearest(string startPath) => NearestFile.Find(startPath, FileName);

    private static RulesFileResult FromLoad(string source, RulesLoadResult loaded) =>
        loaded.RuleSet is { } rules
            ? new RulesFileResult(source, rules, ImmutableArray<SubmissionDiagnostic>.Empty)
            : Failed(source, loaded.Errors.Select(e => RulesError(e.Source, e.Line, e.Message)).ToImmutableArray());

    private static RulesFileResult Failed(string source, ImmutableArray<SubmissionDiagnostic> diagnostics) =>
        new(source, null, ValidationResult.Sort(diagnostics));

    private static SubmissionDiagnostic RulesError(string file, int line, string message) =>
        SubmissionDescriptors.At(
            RestrictedDiagnostics.RulesFileError, file, line, line > 0 ? 1 : 0, line, line > 0 ? 1 : 0, file, line, message);

    private static string? TryRead(string path, out string reason)
    {
        try
        {
            reason = string.Empty;
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            reason = e is FileNotFoundException or DirectoryNotFoundException ? "no such file" : e.Message;
            return null;
        }
    }
}
