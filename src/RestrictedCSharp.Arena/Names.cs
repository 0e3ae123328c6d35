using System.Text.RegularExpressions;

namespace RestrictedCSharp.Arena;

/// <summary>
/// Bot and author names: 1 to 32 ASCII letters, digits, '-' and '_'. Nothing else, so a name is safe in a path, a
/// URL and a page, and cannot carry markup, control characters or a path traversal.
/// </summary>
public static partial class Names
{
    public const int MaxLength = 32;

    public static bool IsValid(string? name) => name is not null && Pattern().IsMatch(name);

    public const string Rule = "1 to 32 letters, digits, '-' and '_'";

    [GeneratedRegex("^[A-Za-z0-9_-]{1,32}$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
