using System.Reflection;

namespace RestrictedCSharp.PublicApi.Tests;

/// <summary>
/// The public types of every assembly a game server links, listed in <c>PublicTypes.txt</c>: a type made public
/// or internal is a decision seen in review, as Roslyn's PublicAPI files make it. Set
/// <c>RCX_UPDATE_PUBLIC_TYPES=1</c> to record the list again.
/// </summary>
public sealed class PublicSurfaceTests
{
    private static readonly string[] Assemblies =
    [
        "RestrictedCSharp.Rules", "RestrictedCSharp.Analyzers", "RestrictedCSharp.Compiler", "RestrictedCSharp.Rewriting",
        "RestrictedCSharp.Audit", "RestrictedCSharp.Artifacts", "RestrictedCSharp.Guards", "RestrictedCSharp.Protocol",
        "RestrictedCSharp.Sandbox", "RestrictedCSharp.Hosting", "RestrictedCSharp.Games", "RestrictedCSharp.Matches",
    ];

    [Fact]
    public void The_public_types_are_the_recorded_ones()
    {
        var actual = Assemblies
            .SelectMany(name => Assembly.Load(name).GetExportedTypes().Select(t => $"{name}: {t.FullName}"))
            .Order(StringComparer.Ordinal)
            .ToList();
        var recorded = Path.Combine(AppContext.BaseDirectory, "PublicTypes.txt");
        if (Environment.GetEnvironmentVariable("RCX_UPDATE_PUBLIC_TYPES") == "1")
        {
            File.WriteAllLines(Path.Combine(SourceFolder(), "PublicTypes.txt"), actual);
            return;
        }

        var expected = File.ReadAllLines(recorded).Where(l => l.Length > 0).ToList();
        actual.Except(expected).Should().BeEmpty("a type made public is recorded in PublicTypes.txt on purpose");
        expected.Except(actual).Should().BeEmpty("a public type removed or renamed is removed from PublicTypes.txt on purpose");
    }

    private static string SourceFolder([System.Runtime.CompilerServices.CallerFilePath] string file = "") => Path.GetDirectoryName(file)!;
}
