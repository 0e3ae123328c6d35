using System.Globalization;
using System.Text;

namespace RestrictedCSharp.Compiler.Reporting;

/// <summary>
/// Text of a bot's (a file name, a quoted token or comment in a message) made safe to print on one line of an operator's
/// terminal: control characters (line breaks, ESC and so colour and cursor sequences, C1 controls), Unicode line and
/// paragraph separators and the bidirectional overrides are written as <c>\uXXXX</c>, so a bot can neither forge a
/// report line nor repaint the screen. JSON and SARIF need nothing more: their serializer escapes control characters.
/// </summary>
internal static class TerminalText
{
    public static string Escape(string text)
    {
        var first = IndexOfUnsafe(text, 0);
        if (first < 0)
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 16).Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (IsUnsafe(c))
            {
                escaped.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                escaped.Append(c);
            }
        }

        return escaped.ToString();
    }

    private static int IndexOfUnsafe(string text, int start)
    {
        for (var i = start; i < text.Length; i++)
        {
            if (IsUnsafe(text[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsUnsafe(char c) =>
        char.IsControl(c)
        || c is '\u2028' or '\u2029'                                   // line and paragraph separators
        || c is '\u061C' or '\u200E' or '\u200F'                       // bidirectional marks
        || c is >= '\u202A' and <= '\u202E' || c is >= '\u2066' and <= '\u2069'; // bidirectional embeddings, overrides, isolates
}
