using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using RestrictedCSharp.Rules;

namespace RestrictedCSharp.Analyzers.Tests;

/// <summary>The descriptors agree with docs/DIAGNOSTICS.md, the help pages and the release tracking files.</summary>
public class DescriptorTests
{
    private static readonly string RepositoryRoot = TestSupport.RepositoryRoot.Path;

    [Fact]
    public void Every_documented_ID_has_exactly_one_descriptor()
    {
        var table = File.ReadAllText(Path.Combine(RepositoryRoot, "docs", "DIAGNOSTICS.md"));
        var documented = Regex.Matches(table, @"^\| (RCX\d{4}) \| (\w+) \|", RegexOptions.Multiline)
            .ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
        documented.Should().NotBeEmpty();
        RcxCatalog.All.Select(d => d.Id).Should().OnlyHaveUniqueItems();
        RcxCatalog.All.ToDictionary(d => d.Id, d => d.Category).Should().BeEquivalentTo(documented);
        RestrictedDiagnostics.All.Select(d => d.Id).Should().OnlyHaveUniqueItems();
        RestrictedDiagnostics.All.ToDictionary(d => d.Id, d => d.Category).Should().BeEquivalentTo(documented);
    }

    [Fact]
    public void Every_descriptor_says_what_its_catalog_entry_says()
    {
        RestrictedDiagnostics.All.Select(d => d.Id).Should().Equal(RcxCatalog.All.Select(d => d.Id), "the analyzer has a descriptor for every entry, in the catalog's order");
        foreach (var descriptor in RestrictedDiagnostics.All)
        {
            var entry = RcxCatalog.Find(descriptor.Id)!;
            descriptor.Title.ToString().Should().Be(entry.Title, descriptor.Id);
            descriptor.MessageFormat.ToString().Should().Be(entry.MessageFormat, descriptor.Id);
            descriptor.Category.Should().Be(entry.Category, descriptor.Id);
            descriptor.Description.ToString().Should().Be(entry.Description ?? string.Empty, descriptor.Id);
            descriptor.HelpLinkUri.Should().Be(entry.HelpLink, descriptor.Id);
            descriptor.CustomTags.Contains(WellKnownDiagnosticTags.CompilationEnd).Should().Be(entry.ReportedAtCompilationEnd, descriptor.Id);
        }
    }

    [Fact]
    public void No_reporter_spells_an_ID_or_makes_a_descriptor_outside_the_catalog()
    {
        // An ID written as a literal, or a descriptor made by hand, is a second copy of what the catalog decides.
        var idLiteral = new Regex(@"""RCX\d{4}\b");
        var offenders = new List<string>();
        foreach (var folder in new[] { "src", "analyzers" })
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(RepositoryRoot, folder), "*.cs", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(RepositoryRoot, file).Replace('\\', '/');
                if (relative.Contains("/bin/") || relative.Contains("/obj/"))
                {
                    continue;
                }

                var lines = File.ReadAllLines(file);
                for (var i = 0; i < lines.Length; i++)
                {
                    var code = lines[i].TrimStart();
                    if (code.StartsWith("//"))
                    {
                        continue;
                    }

                    if (idLiteral.IsMatch(code) && !relative.EndsWith("/RcxCatalog.cs"))
                    {
                        offenders.Add($"{relative}:{i + 1}: an RCX ID outside the catalog");
                    }

                    if (code.Contains("DiagnosticDescriptor(") && !relative.EndsWith("/RcxDescriptors.cs"))
                    {
                        offenders.Add($"{relative}:{i + 1}: a descriptor made outside RcxDescriptors");
                    }
                }
            }
        }

        offenders.Should().BeEmpty();
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

        // And the other way: the tracking files list nothing the catalog does not have.
        Regex.Matches(unshipped + shipped, @"^(RCX\d{4}) \|", RegexOptions.Multiline).Select(m => m.Groups[1].Value)
            .Should().OnlyContain(id => RcxCatalog.Find(id) != null);
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

}
