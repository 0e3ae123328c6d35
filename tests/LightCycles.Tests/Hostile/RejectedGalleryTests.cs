using LightCycles.Tests.Infrastructure;

namespace LightCycles.Tests.Hostile;

/// <summary>Each bot under <c>hostile/rejected</c> is refused at submission with exactly the diagnostics its header records.</summary>
public sealed class RejectedGalleryTests
{
    public static TheoryData<string> Bots => [.. SampleFiles.Folders("hostile/rejected")];

    [Fact]
    public void The_gallery_has_the_cheats_the_issue_names()
    {
        SampleFiles.Folders("hostile/rejected").Should().Contain(["filereader", "clock", "reflection", "threads", "unseededrandom", "environment", "unsafecode"]);
    }

    [Theory]
    [MemberData(nameof(Bots))]
    public async Task Is_rejected_with_exactly_the_diagnostics_in_its_header(string bot)
    {
        var folder = Path.Combine(SampleFiles.Directory, "hostile", "rejected", bot);
        var expected = GalleryHeader.Read(folder).Diagnostics;

        var result = await ToolchainBuilds.Validator.ValidateAsync(SampleFiles.Sources(folder));

        expected.Should().NotBeEmpty("the header records what the author sees");
        result.Accepted.Should().BeFalse();
        result.Diagnostics.Select(d => new ExpectedDiagnostic(d.File, d.Line, d.Column, d.Id, d.Message).Comparable)
            .Should().Equal(expected.Select(e => e.Comparable));
    }
}
