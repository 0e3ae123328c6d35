namespace RestrictedCSharp.TestSupport;

/// <summary>A fresh folder under the system temp folder, deleted when disposed; with helpers to fill it.</summary>
public sealed class TempFolder : IDisposable
{
    private readonly DirectoryInfo _folder;

    /// <param name="prefix">The start of the folder's name, so that a leftover folder says which tests left it.</param>
    public TempFolder(string prefix = "restrictedcsharp-tests-") => _folder = Directory.CreateTempSubdirectory(prefix);

    public string Path => _folder.FullName;

    public string Combine(string relativePath) => System.IO.Path.Combine(Path, relativePath);

    public string Write(string relativePath, string text)
    {
        var full = Combine(relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
        return full;
    }

    public void Dispose()
    {
        try
        {
            _folder.Delete(recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind loses nothing.
        }
    }
}
