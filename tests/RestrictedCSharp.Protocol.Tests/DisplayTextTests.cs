using RestrictedCSharp.Protocol;

namespace RestrictedCSharp.Protocol.Tests;

public sealed class DisplayTextTests
{
    [Theory]
    [InlineData("\u001b[2J\u001b]0;owned\u0007", "\\u001B[2J\\u001B]0;owned\\u0007")] // clear screen, set the title
    [InlineData("accepted\rrejected", "accepted\\u000Drejected")] // a return that overwrites the line
    [InlineData("a\bb\u007fc\u009bd", "a\\u0008b\\u007Fc\\u009Bd")] // backspace, delete, the C1 escape
    [InlineData("file\u202Etxt.exe", "file\\u202Etxt.exe")] // right-to-left override
    [InlineData("one\u2028two\u2029three", "one\\u2028two\\u2029three")] // line and paragraph separators
    [InlineData("\u2066\u2067\u2068\u2069\u202A\u202B\u202C\u202D\u200E\u200F\u061C", "\\u2066\\u2067\\u2068\\u2069\\u202A\\u202B\\u202C\\u202D\\u200E\\u200F\\u061C")]
    public void Control_characters_and_bidi_overrides_become_visible_escapes(string text, string shown)
    {
        DisplayText.Neutralize(text).Should().Be(shown);
        DisplayText.Neutralize(text).Any(DisplayText.IsUnsafe).Should().BeFalse();
    }

    [Theory]
    [InlineData("plain text, (x) => [y]; ~")]
    [InlineData("two\nlines\tand a tab")]
    [InlineData("Unicode: é, 日本, \U0001F600, Ω")]
    public void Text_without_them_is_kept_as_it_is(string text)
    {
        DisplayText.Neutralize(text).Should().BeSameAs(text);
    }

    [Theory]
    [InlineData("two\nlines", "two\\u000Alines")] // a forged second line
    [InlineData("a\tb", "a\\u0009b")]
    [InlineData("Bot.cs(1,1): ok\r\nBot.cs(9,9): error RCX0001: forged", "Bot.cs(1,1): ok\\u000D\\u000ABot.cs(9,9): error RCX0001: forged")]
    [InlineData("\u001b[31mred\u2028", "\\u001B[31mred\\u2028")]
    public void One_line_text_escapes_line_feeds_and_tabs_as_well(string text, string shown)
    {
        DisplayText.NeutralizeLine(text).Should().Be(shown);
        DisplayText.NeutralizeLine(text).Any(DisplayText.IsUnsafeInLine).Should().BeFalse();
    }

    [Theory]
    [InlineData("plain text, (x) => [y]; ~")]
    [InlineData("Unicode: é, 日本, \U0001F600, Ω")]
    public void One_line_text_without_them_is_kept_as_it_is(string text)
    {
        DisplayText.NeutralizeLine(text).Should().BeSameAs(text);
    }
}
