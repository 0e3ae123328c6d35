namespace RestrictedCSharp.Compiler;

/// <summary>
/// What a source file that is not UTF-8 probably is, from the bytes that did not decode (kept as surrogate
/// escapes, see <see cref="SurrogateEscapeDecoder"/>), so that RCX1005 can say how to convert it. Only a guess
/// for the message: the file is refused either way.
/// </summary>
internal static class EncodingGuess
{
    /// <summary>The likely encoding's name as <c>iconv</c> spells it, and a description, or null when nothing fits.</summary>
    public static (string IconvName, string Description)? Guess(string text)
    {
        if (text.Length >= 2 && IsEscaped(text[0], 0xFF) && IsEscaped(text[1], 0xFE))
        {
            return ("UTF-16LE", "UTF-16 (little-endian, with a byte-order mark)");
        }

        if (text.Length >= 2 && IsEscaped(text[0], 0xFE) && IsEscaped(text[1], 0xFF))
        {
            return ("UTF-16BE", "UTF-16 (big-endian, with a byte-order mark)");
        }

        // Single-byte code pages: Cyrillic text (Windows-1251) is words of letters 0xC0–0xFF next to each other;
        // Western European text (Windows-1252) has an accented letter here and there between ASCII ones.
        int escaped = 0, letters = 0, adjacent = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (!SurrogateEscapeDecoder.IsEscapedByte(text[i]))
            {
                continue;
            }

            escaped++;
            var value = text[i] - 0xDC00;
            if (value >= 0xC0 || value == 0xA8 || value == 0xB8)
            {
                letters++;
            }

            if (i + 1 < text.Length && SurrogateEscapeDecoder.IsEscapedByte(text[i + 1]))
            {
                adjacent++;
            }
        }

        if (escaped == 0)
        {
            return null;
        }

        if (letters * 4 >= escaped * 3 && adjacent * 2 >= escaped)
        {
            return ("WINDOWS-1251", "Windows-1251 (Cyrillic)");
        }

        return ("WINDOWS-1252", "Windows-1252 (Western European)");
    }

    private static bool IsEscaped(char c, int value) => c == (char)(0xDC00 + value);
}
