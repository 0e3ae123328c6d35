namespace RestrictedCSharp.Compiler;

/// <summary>What is wrong with a file that is not valid text (the detail of RCX1005).</summary>
internal static class InvalidTextReasons
{
    public static string NulCharacter() => "it contains a NUL character";

    /// <summary>The undecodable byte, the encoding the file probably has, and how to convert it.</summary>
    public static string InvalidUtf8(byte value, (string IconvName, string Description)? likely)
    {
        var fix = likely is { } guess
            ? $"it looks like {guess.Description}: save it as UTF-8 (in an editor, choose UTF-8 when saving; in a shell, 'iconv -f {guess.IconvName} -t UTF-8 file.cs')"
            : "save it as UTF-8";
        return $"byte 0x{value:X2} does not decode as UTF-8; {fix}";
    }

    public static string UnpairedSurrogate(char value) => $"it contains an unpaired surrogate (U+{(int)value:X4})";
}
