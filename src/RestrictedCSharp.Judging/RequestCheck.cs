using System.Text.RegularExpressions;

namespace RestrictedCSharp.Judging;

/// <summary>
/// What a request must be before a worker is started for it: a game name of the registry's form (and a judged game),
/// 1 to <see cref="SandboxedJudgeOptions.MaxFiles"/> files with distinct names that end in <c>.cs</c>, have no control
/// characters and no backslash, and are at most <see cref="MaxNameLength"/> characters.
/// </summary>
internal static partial class RequestCheck
{
    public const int MaxNameLength = 128;

    /// <summary>Why the request cannot be judged, or null.</summary>
    public static string? Problem(JudgeRequest? request, SandboxedJudgeOptions options)
    {
        if (request is null) return "no request";
        if (request.Game is null || !GameName().IsMatch(request.Game)) return "the game name is not lower-case letters and digits (at most 32)";
        if (options.Games is { } games && !games.Contains(request.Game, StringComparer.Ordinal))
            return $"no game '{request.Game}' is judged here (games: {string.Join(", ", games)})";
        if (!Enum.IsDefined(request.Mode)) return $"unknown mode {(int)request.Mode}";
        if (request.Files is null || request.Files.Count == 0) return "no files";
        if (request.Files.Count > options.MaxFiles) return $"{request.Files.Count} files, more than {options.MaxFiles}";
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in request.Files)
        {
            if (file?.Name is null || file.Text is null) return "a file lacks its name or text";
            if (file.Name.Length > MaxNameLength || !file.Name.EndsWith(".cs", StringComparison.Ordinal) || file.Name.Contains('\\')
                || file.Name.Any(char.IsControl))
                return $"the file name '{Printable(file.Name)}' is not a C# file name (at most {MaxNameLength} characters, ending in .cs, no control characters or backslash)";
            if (!names.Add(file.Name)) return $"two files are named '{file.Name}'";
        }
        return null;
    }

    private static string Printable(string name)
    {
        var shown = new string(name.Take(MaxNameLength).Select(c => char.IsControl(c) ? '?' : c).ToArray());
        return name.Length > MaxNameLength ? shown + "…" : shown;
    }

    [GeneratedRegex("^[a-z][a-z0-9]{0,31}$")]
    private static partial Regex GameName();
}
