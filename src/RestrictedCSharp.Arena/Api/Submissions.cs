using RestrictedCSharp.Judging;

namespace RestrictedCSharp.Arena.Api;

/// <summary>A file as the API carries it.</summary>
public sealed record FileBody(string? Name, string? Text);

/// <summary>The body of <c>POST /api/check</c> and <c>PUT /api/bots/{name}</c>.</summary>
public sealed record SubmissionBody(string? Game, List<FileBody?>? Files);

/// <summary>Checks a submission's shape before anything is judged: the game is hosted, the files are few, named and unique.</summary>
public static class Submissions
{
    public const int MaxFileNameLength = 64;

    /// <summary>The judge's request, or the reason the body is refused (null request).</summary>
    public static (JudgeRequest? Request, string? Problem, bool UnknownGame) Validate(SubmissionBody body, ArenaGames games, ArenaOptions options, JudgeMode mode)
    {
        if (string.IsNullOrEmpty(body.Game)) return (null, "\"game\" is required", false);
        if (!games.TryGet(body.Game, out _))
            return (null, $"this arena hosts no game '{Display(body.Game)}' (it hosts: {string.Join(", ", games.Names.Order(StringComparer.Ordinal))})", true);
        if (body.Files is null || body.Files.Count == 0) return (null, "\"files\" needs at least one file", false);
        if (body.Files.Count > options.MaxFiles) return (null, $"a submission has at most {options.MaxFiles} files; this one has {body.Files.Count}", false);
        var files = new List<SubmittedFile>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in body.Files)
        {
            if (file?.Name is null || file.Text is null) return (null, "every file needs a \"name\" and a \"text\"", false);
            if (!IsFileName(file.Name))
                return (null, $"'{Display(file.Name)}' is not a file name: 1 to {MaxFileNameLength} letters, digits, '-', '_' and '.', ending in .cs", false);
            if (!seen.Add(file.Name)) return (null, $"two files are named '{file.Name}'", false);
            files.Add(new SubmittedFile(file.Name, file.Text));
        }
        return (new JudgeRequest(body.Game, files, mode), null, false);
    }

    /// <summary>A file name is a plain name (no folder, no traversal) ending in .cs.</summary>
    public static bool IsFileName(string name) =>
        name.Length is > 3 and <= MaxFileNameLength && name.EndsWith(".cs", StringComparison.Ordinal) && name[0] != '.'
        && name.All(c => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '-' or '_' or '.');

    /// <summary>Text a request sent, shortened and with anything but printable ASCII escaped, for a problem's detail.</summary>
    public static string Display(string text)
    {
        var shown = text.Length > 40 ? text[..40] + "…" : text;
        return string.Concat(shown.Select(c => c is >= ' ' and <= '~' ? c.ToString() : $"\\u{(int)c:x4}"));
    }
}
