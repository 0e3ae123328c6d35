using RestrictedCSharp.Games;
using RestrictedCSharp.Matches.Replay;
using RestrictedCSharp.Matches.Tests.Infrastructure;

namespace RestrictedCSharp.Matches.Tests;

/// <summary>
/// The per-turn view is one piece every game's page takes through <see cref="ReplayPage.TurnViewPlaceholder"/>:
/// inserted once, before the record, so text in the record is never expanded; a page without it renders as before.
/// </summary>
public sealed class ReplaySharedTurnViewTests
{
    private const string Record = """{"bots":[{"name":"{{TURN_VIEW}}"}]}""";

    private static string Page(string head) =>
        $"<html><head>{head}</head><body><script type=\"application/json\">{ReplayPage.Placeholder}</script></body></html>";

    [Fact]
    public void The_placeholder_takes_the_shared_css_and_script_once()
    {
        var html = ReplayHtml.Render(Page(ReplayPage.TurnViewPlaceholder), Record);

        html.Should().Contain("#turnview .call {").And.Contain("function turnView(match)").And.Contain("return function showTurn(turn)");
        Count(html, "function turnView(match)").Should().Be(1);
        html.Should().Contain("\"name\":\"{{TURN_VIEW}}\"", "the record's text stays text: the turn view goes in before the record");
        html.Should().NotContainAny("innerHTML", "insertAdjacentHTML", "outerHTML", "document.write", "http://", "https://");
    }

    [Fact]
    public void A_page_without_the_placeholder_gets_no_turn_view()
    {
        var html = ReplayHtml.Render(Page(""), Record);

        html.Should().Be(Page("").Replace(ReplayPage.Placeholder, "{\"bots\":[{\"name\":\"{{TURN_VIEW}}\"}]}"));
    }

    [Theory]
    [InlineData("LightCycles")]
    [InlineData("ConnectFour")]
    public void Each_sample_page_takes_the_shared_view_instead_of_a_copy(string game)
    {
        var page = File.ReadAllText(Path.Combine(Repository.Root, "samples", game, $"{game}.Definition", "replay.html"));

        Count(page, ReplayPage.TurnViewPlaceholder).Should().Be(1);
        page.Should().Contain("var showTurn = turnView(match);").And.NotContain("#turnview .call").And.NotContain("function showTurn(");
    }

    private static int Count(string text, string part)
    {
        var n = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal)) n++;
        return n;
    }
}
