namespace RestrictedCSharp.Package.Tests;

/// <summary>What is inside the packed nupkg, read with System.IO.Compression.</summary>
[Collection(PackedPackageCollection.Name)]
public class PackageLayoutTests
{
    private readonly PackedPackage _package;

    public PackageLayoutTests(PackedPackage package) => _package = package;

    [Fact]
    public void Analyzer_code_fix_and_rule_model_assemblies_are_under_analyzers_dotnet_cs()
    {
        _package.EntryNames().Where(e => e.StartsWith("analyzers/", StringComparison.Ordinal))
            .Should().BeEquivalentTo(
                "analyzers/dotnet/cs/RestrictedCSharp.Analyzers.dll",
                "analyzers/dotnet/cs/RestrictedCSharp.Analyzers.CodeFixes.dll",
                "analyzers/dotnet/cs/RestrictedCSharp.Rules.dll");
    }

    [Fact]
    public void Nothing_is_referenced_or_compiled_into_the_consuming_project()
    {
        _package.EntryNames().Should().NotContain(e =>
            e.StartsWith("lib/", StringComparison.Ordinal) || e.StartsWith("ref/", StringComparison.Ordinal)
            || e.StartsWith("content/", StringComparison.Ordinal) || e.StartsWith("contentFiles/", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_and_buildTransitive_carry_props_and_targets_named_after_the_package()
    {
        _package.EntryNames().Where(e => e.StartsWith("build", StringComparison.Ordinal))
            .Should().BeEquivalentTo(
                "build/RestrictedCSharp.Analyzers.props",
                "build/RestrictedCSharp.Analyzers.targets",
                "buildTransitive/RestrictedCSharp.Analyzers.props",
                "buildTransitive/RestrictedCSharp.Analyzers.targets");
    }

    [Fact]
    public void Nuspec_declares_a_development_dependency_with_no_dependencies_and_a_readme()
    {
        var metadata = _package.ReadNuspec().Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        string? Value(string name) => metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value;

        Value("id").Should().Be(PackedPackage.PackageId);
        Value("developmentDependency").Should().Be("true");
        metadata.Elements().Where(e => e.Name.LocalName == "dependencies").Should().BeEmpty();
        Value("description").Should().NotBeNullOrWhiteSpace();
        Value("readme").Should().Be("README.md");
        _package.ReadEntry("README.md").Should().Contain("restricted.rules").And.Contain("RestrictedCSharpUseRulesFile");
    }

    [Fact]
    public void Presets_ship_as_readable_files_identical_to_their_sources()
    {
        var sources = Directory.GetFiles(BuildSettings.PresetsDirectory, "*.rules");
        sources.Should().NotBeEmpty();

        _package.EntryNames().Where(e => e.StartsWith("presets/", StringComparison.Ordinal))
            .Should().BeEquivalentTo(sources.Select(s => $"presets/{Path.GetFileName(s)}"));
        foreach (var source in sources)
        {
            _package.ReadEntry($"presets/{Path.GetFileName(source)}").Should().Be(File.ReadAllText(source), source);
        }
    }
}
