using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace RestrictedCSharp.Compiler;

/// <summary>
/// Decodes UTF-8, turning each byte that is not valid UTF-8 into a lone surrogate U+DC80–U+DCFF (the
/// "surrogate escape" of PEP 383) instead of U+FFFD, so that the front door can tell a broken file
/// from one that really contains U+FFFD, and point at the exact place.
/// </summary>
internal static class SurrogateEscapeDecoder
{
    public const char First = '\uDC80';
    public const char Last = '\uDCFF';

    public static bool IsEscapedByte(char c) => c >= First && c <= Last;

    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        var text = new StringBuilder(bytes.Length);
        var chunk = new char[4096];
        while (!bytes.IsEmpty)
        {
            var status = Utf8.ToUtf16(bytes, chunk, out var read, out var written, replaceInvalidSequences: false, isFinalBlock: true);
            text.Append(chunk, 0, written);
            bytes = bytes[read..];
            if (status == OperationStatus.InvalidData || status == OperationStatus.NeedMoreData)
            {
                // The maximal invalid subsequence, one escape per byte.
                Rune.DecodeFromUtf8(bytes, out _, out var invalid);
                foreach (var b in bytes[..Math.Max(1, invalid)])
                {
                    text.Append((char)(0xDC00 + b)); // invalid bytes are always >= 0x80
                }

                bytes = bytes[Math.Max(1, invalid)..];
            }
        }

        return text.ToString();
    }
}
