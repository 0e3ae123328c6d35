using LightCycles.Api;
using RestrictedCSharp.Compiler;
using RestrictedCSharp.Rules;

namespace LightCycles.Tests.Infrastructure;

/// <summary>Where the game's files are, and the game's rules and API as the toolchain uses them.</summary>
internal static class SampleFiles
{
    public static string Directory { get; } = BuildSettings.Get("LightCyclesDirectory");

    public static string RulesPath => Path.Combine(Directory, "lightcycles.rules");

    /// <summary>The API assembly the tests run against: what bots are compiled against and what runners load.</summary>
    public static string ApiAssembly => typeof(GameView).Assembly.Location;

    private static readonly Lazy<RuleSet> LazyRules = new(() =>
    {
        var loaded = RulesFiles.Load(RulesPath);
        return loaded.Rules ?? throw new InvalidOperationException("lightcycles.rules does not load: " + string.Join("; ", loaded.Diagnostics));
    });

    public static RuleSet Rules => LazyRules.Value;

    /// <summary>A bot folder's source files, as <c>rcsc check</c> reads them (skipping bin/ and obj/).</summary>
    public static IReadOnlyList<SourceFile> Sources(string folder)
    {
        var files = System.IO.Directory.GetFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
            .Order(StringComparer.Ordinal);
        return SourceFileReader.ReadAll(files);
    }

    /// <summary>The subfolders of <paramref name="relative"/> under the game's folder, by name.</summary>
    public static IEnumerable<string> Folders(string relative) =>
        System.IO.Directory.GetDirectories(Path.Combine(Directory, relative)).Select(Path.GetFileName).Order(StringComparer.Ordinal)!;
}
