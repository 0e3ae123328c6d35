namespace RestrictedCSharp.TestSupport;

/// <summary>The repository the tests run in: the folder above the test assembly that holds RestrictedCSharp.sln.</summary>
public static class RepositoryRoot
{
    private static readonly Lazy<string> Root = new(Find);

    public static string Path => Root.Value;

    public static string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "RestrictedCSharp.sln"))) return directory.FullName;
        }
        throw new InvalidOperationException("the tests run outside the repository (no RestrictedCSharp.sln above the test assembly)");
    }
}
