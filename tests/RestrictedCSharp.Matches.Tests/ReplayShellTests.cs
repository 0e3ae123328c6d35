using RestrictedCSharp.Games;
using RestrictedCSharp.Matches.Replay;
using RestrictedCSharp.Matches.Tests.Infrastructure;

namespace RestrictedCSharp.Matches.Tests;

/// <summary>
/// The replay shell (controls, bots table, events, log, per-turn view) is one piece every game's page takes through
/// <see cref="ReplayPage.ShellPlaceholder"/>: inserted once, before the record, so text in the record is never
/// expanded; a page without it renders as before.
/// </summary>
public sealed class ReplayShellTests
{
    private const string Record = """{"bots":[{"name":"{{REPLAY_SHELL}}"}]}""";

    private static string Page(string head) =>
        $"<html><head>{head}</head><body><script type=\"application/json\">{ReplayPage.Placeholder}</script></body></html>";

    [Fact]
    public void The_placeholder_takes_the_shared_css_template_and_script_once()
    {
        var html = ReplayHtml.Render(Page(ReplayPage.ShellPlaceholder), Record);

        html.Should().Contain("#turnview .call {").And.Contain("<template id=\"replay-side\">").And.Contain("function replayShell(match, game)");
        Count(html, "function replayShell(match, game)").Should().Be(1);
        html.Should().Contain("\"name\":\"{{REPLAY_SHELL}}\"", "the record's text stays text: the shell goes in before the record");
        html.Should().NotContainAny("innerHTML", "insertAdjacentHTML", "outerHTML", "document.write", "http://", "https://");
    }

    [Fact]
    public void A_page_without_the_placeholder_gets_no_shell()
    {
        var html = ReplayHtml.Render(Page(""), Record);

        html.Should().Be(Page("").Replace(ReplayPage.Placeholder, "{\"bots\":[{\"name\":\"{{REPLAY_SHELL}}\"}]}"));
    }

    [Theory]
    [InlineData("LightCycles")]
    [InlineData("ConnectFour")]
    public void Each_sample_page_takes_the_shared_shell_instead_of_a_copy(string game)
    {
        var page = File.ReadAllText(Path.Combine(Repository.Root, "samples", game, $"{game}.Definition", "replay.html"));

        Count(page, ReplayPage.ShellPlaceholder).Should().Be(1);
        page.Should().Contain("replayShell(match, {").And.Contain("<section id=\"side\"></section>")
            .And.NotContain("#turnview .call").And.NotContain("id=\"scrub\"").And.NotContain("function showLog(");
    }

    private static int Count(string text, string part)
    {
        var n = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal)) n++;
        return n;
    }
}
