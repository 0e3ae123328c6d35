using System.Reflection;

namespace LightCycles.Tests.Infrastructure;

/// <summary>Paths and settings this test project was built with (see the project file).</summary>
internal static class BuildSettings
{
    public static string RepositoryRoot => Get("RepositoryRoot");

    public static string AnalyzerPackageProject => Get("AnalyzerPackageProject");

    public static string ApiProject => Get("ApiProject");

    /// <summary>The configuration the tests, and so the projects they pack, were built in.</summary>
    public static string Configuration => Get("Configuration");

    public static string Get(string key) =>
        typeof(BuildSettings).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().SingleOrDefault(a => a.Key == key)?.Value
        ?? throw new InvalidOperationException($"The test assembly has no '{key}' metadata.");
}
