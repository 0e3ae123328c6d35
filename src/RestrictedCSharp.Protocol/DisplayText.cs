using System.Globalization;
using System.Text;

namespace RestrictedCSharp.Protocol;

/// <summary>
/// Text shown to a person (a terminal, a page) with every character that could take over the display written
/// as a visible <c>\uXXXX</c> escape: C0 and C1 control characters (escape sequences, carriage return,
/// backspace; line feed and tab stay), the Unicode line and paragraph separators, and the bidirectional
/// overrides, embeddings and isolates that reorder what is read. Bot text (messages, logs, type names) and
/// source text (identifiers, file names) reach the operator through this one policy. The escape is also valid
/// inside a JSON string, which it leaves meaning the same.
/// </summary>
public static class DisplayText
{
    public static bool IsUnsafe(char c) =>
        c is < ' ' and not '\n' and not '\t'
        || c is >= '\u007F' and <= '\u009F'
        || c is '\u2028' or '\u2029'
        || c is '\u061C' or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');

    /// <summary>Unsafe on a line that must stay one line (a report line, a log line): line feeds and tabs too.</summary>
    public static bool IsUnsafeInLine(char c) => c is '\n' or '\t' || IsUnsafe(c);

    /// <summary>The visible escape of an unsafe character.</summary>
    public static string Escape(char c) => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture);

    /// <summary><paramref name="text"/> with every unsafe character escaped (the same instance when there is none).</summary>
    public static string Neutralize(string text) => Neutralize(text, IsUnsafe);

    /// <summary>
    /// <paramref name="text"/> as one line: every unsafe character and every line feed and tab escaped, so a bot can
    /// neither forge another line nor repaint the screen (the same instance when there is none).
    /// </summary>
    public static string NeutralizeLine(string text) => Neutralize(text, IsUnsafeInLine);

    private static string Neutralize(string text, Func<char, bool> unsafeChar)
    {
        ArgumentNullException.ThrowIfNull(text);
        var first = text.AsSpan().IndexOfAnyExceptInRange(' ', '~');
        if (first < 0) return text; // printable ASCII only: the common case costs one vectorized scan
        StringBuilder? safe = null;
        for (var i = first; i < text.Length; i++)
        {
            if (!unsafeChar(text[i])) continue;
            safe ??= new StringBuilder(text.Length + 16).Append(text, 0, i);
            safe.Append(Escape(text[i]));
            var next = i + 1;
            var end = next;
            while (end < text.Length && !unsafeChar(text[end])) end++;
            safe.Append(text, next, end - next);
            i = end - 1;
        }
        return safe?.ToString() ?? text;
    }
}
