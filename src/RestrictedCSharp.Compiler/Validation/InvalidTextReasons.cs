namespace RestrictedCSharp.Compiler;

/// <summary>What is wrong with a file that is not valid text (the detail of RCX1005).</summary>
internal static class InvalidTextReasons
{
    public static string NulCharacter() => "it contains a NUL character";

    public static string InvalidUtf8(byte value) => $"it is not UTF-8 (byte 0x{value:X2} does not decode)";

    public static string UnpairedSurrogate(char value) => $"it contains an unpaired surrogate (U+{(int)value:X4})";
}
