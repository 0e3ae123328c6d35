namespace RestrictedCSharp.Cli;

/// <summary>A fresh folder under the system temp folder, removed (best effort) when disposed.</summary>
internal sealed class TemporaryFolder(string prefix) : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory(prefix);

    public string Path => _folder.FullName;

    public void Dispose()
    {
        try
        {
            _folder.Delete(recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a temp folder left behind loses nothing of the user's.
        }
    }
}
