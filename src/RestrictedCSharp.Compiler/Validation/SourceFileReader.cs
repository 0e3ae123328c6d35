namespace RestrictedCSharp.Compiler;

/// <summary>
/// Reads submission files from disk as UTF-8 for validation. Bytes that are not UTF-8 are kept
/// visible (see <see cref="SurrogateEscapeDecoder"/>) so that the front door reports them, with their
/// place, instead of the file being silently repaired.
/// </summary>
public static class SourceFileReader
{
    private static readonly byte[] Utf8Bom = { 0xEF, 0xBB, 0xBF };

    /// <summary>Decodes a file's bytes, dropping a UTF-8 byte-order mark.</summary>
    public static SourceFile Decode(string path, ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith(Utf8Bom))
        {
            bytes = bytes[Utf8Bom.Length..];
        }

        return new SourceFile(path, SurrogateEscapeDecoder.Decode(bytes));
    }

    /// <summary>Reads one file; <paramref name="path"/> is also the path it is reported under.</summary>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file cannot be read.</exception>
    public static SourceFile Read(string path) => Decode(path, File.ReadAllBytes(path));

    /// <inheritdoc cref="Read(string)"/>
    public static IReadOnlyList<SourceFile> ReadAll(IEnumerable<string> paths, CancellationToken cancellationToken = default)
    {
        var files = new List<SourceFile>();
        foreach (var path in paths)
        {
            cancellationToken.ThrowIfCancellationRequested();
            files.Add(Read(path));
        }

        return files;
    }
}
