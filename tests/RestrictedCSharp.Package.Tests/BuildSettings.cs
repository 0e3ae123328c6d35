using System.Reflection;

namespace RestrictedCSharp.Package.Tests;

/// <summary>Paths and settings the test project was built with (see the project file).</summary>
internal static class BuildSettings
{
    public static string PackageProject => Get("PackageProject");

    /// <summary>The configuration the package project was built in, alongside these tests.</summary>
    public static string PackageProjectConfiguration => Get("PackageProjectConfiguration");

    /// <summary>The rule model's preset sources, which the package ships as plain files.</summary>
    public static string PresetsDirectory => Get("PresetsDirectory");

    private static string Get(string key) =>
        typeof(BuildSettings).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .SingleOrDefault(a => a.Key == key)?.Value
        ?? throw new InvalidOperationException($"The test assembly has no '{key}' metadata.");
}
