namespace RestrictedCSharp.Matches.Tests.Infrastructure;

/// <summary>Paths inside the repository: the sample and hostile bots the tests play with.</summary>
internal static class Repository
{
    public static string Root => RepositoryRoot.Path;

    public static string SampleBot(string name) => Path.Combine(Root, "samples", "LightCycles", "bots", name);

    public static string SampleBots => Path.Combine(Root, "samples", "LightCycles", "bots");

    public static string ContainedBot(string name) => Path.Combine(Root, "samples", "LightCycles", "hostile", "contained", name);
}
