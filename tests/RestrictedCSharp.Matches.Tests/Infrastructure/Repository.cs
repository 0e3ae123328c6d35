namespace RestrictedCSharp.Matches.Tests.Infrastructure;

/// <summary>Paths inside the repository: the sample and hostile bots the tests play with.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string SampleBot(string name) => Path.Combine(Root, "samples", "LightCycles", "bots", name);

    public static string SampleBots => Path.Combine(Root, "samples", "LightCycles", "bots");

    public static string ContainedBot(string name) => Path.Combine(Root, "samples", "LightCycles", "hostile", "contained", name);

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "RestrictedCSharp.sln"))) return directory.FullName;
        }
        throw new InvalidOperationException("The repository root (RestrictedCSharp.sln) is not above the test assembly.");
    }
}
