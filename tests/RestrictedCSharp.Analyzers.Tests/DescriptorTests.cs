using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using RestrictedCSharp.Rules;

namespace RestrictedCSharp.Analyzers.Tests;

/// <summary>The descriptors agree with docs/DIAGNOSTICS.md, the help pages and the release tracking files.</summary>
public class DescriptorTests
{
    private static readonly string RepositoryRoot = FindRepositoryRoot();

    [Fact]
    public void Every_documented_ID_has_exactly_one_descriptor()
    {
        var table = File.ReadAllText(Path.Combine(RepositoryRoot, "docs", "DIAGNOSTICS.md"));
        var documented = Regex.Matches(table, @"^\| (RCX\d{4}) \| (\w+) \|", RegexOptions.Multiline)
            .ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
        documented.Should().NotBeEmpty();
        RestrictedDiagnostics.All.Select(d => d.Id).Should().OnlyHaveUniqueItems();
        RestrictedDiagnostics.All.ToDictionary(d => d.Id, d => d.Category).Should().BeEquivalentTo(documented);
    }

    [Fact]
    public void Every_descriptor_is_a_non_configurable_error_with_a_help_page()
    {
        foreach (var descriptor in RestrictedDiagnostics.All)
        {
            descriptor.DefaultSeverity.Should().Be(DiagnosticSeverity.Error, descriptor.Id);
            descriptor.IsEnabledByDefault.Should().BeTrue(descriptor.Id);
            descriptor.CustomTags.Should().Contain(WellKnownDiagnosticTags.NotConfigurable, descriptor.Id);
            descriptor.HelpLinkUri.Should().Be(RestrictedDiagnostics.HelpLinkBase + descriptor.Id + ".md");
            File.Exists(Path.Combine(RepositoryRoot, "docs", "rules", descriptor.Id + ".md")).Should().BeTrue($"{descriptor.Id} needs a help page");
            descriptor.Title.ToString().Should().NotBeNullOrWhiteSpace();
            descriptor.MessageFormat.ToString().Should().NotEndWith(".");
        }
    }

    [Fact]
    public void Every_language_feature_has_its_own_descriptor()
    {
        var descriptors = LanguageFeatureInfo.All.Select(f => RestrictedDiagnostics.For(f.Feature)).ToList();
        descriptors.Should().OnlyHaveUniqueItems();
        descriptors.Should().OnlyContain(d => RestrictedDiagnostics.All.Contains(d));
    }

    [Fact]
    public void Release_tracking_lists_every_ID()
    {
        var unshipped = File.ReadAllText(Path.Combine(RepositoryRoot, "analyzers", "RestrictedCSharp.Analyzers", "AnalyzerReleases.Unshipped.md"));
        var shipped = File.ReadAllText(Path.Combine(RepositoryRoot, "analyzers", "RestrictedCSharp.Analyzers", "AnalyzerReleases.Shipped.md"));
        foreach (var descriptor in RestrictedDiagnostics.All)
        {
            (unshipped + shipped).Should().Contain($"{descriptor.Id} | {descriptor.Category} | Error |");
        }
    }

    [Fact]
    public void Analyzers_declare_what_they_report_and_can_be_created_by_hosts()
    {
        var analyzers = RestrictedAnalyzers.Create();
        var reported = analyzers.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).ToList();
        reported.Should().OnlyHaveUniqueItems();
        reported.Should().BeEquivalentTo(RestrictedDiagnostics.All.Select(d => d.Id).Where(id => string.CompareOrdinal(id, "RCX1000") < 0));
        foreach (var analyzer in analyzers)
        {
            analyzer.GetType().GetConstructor(Type.EmptyTypes).Should().NotBeNull($"{analyzer.GetType().Name} is instantiated by IDEs");
            analyzer.GetType().IsPublic.Should().BeTrue();
        }

        RestrictedDiagnostics.RulesFileError.CustomTags.Should().Contain(WellKnownDiagnosticTags.CompilationEnd);
    }

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "RestrictedCSharp.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("repository root not found");
    }
}
