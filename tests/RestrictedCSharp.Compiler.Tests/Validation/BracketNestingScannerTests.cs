namespace RestrictedCSharp.Compiler.Tests.Validation;

public class BracketNestingScannerTests
{
    [Theory]
    [InlineData("((()))", 3, -1)]
    [InlineData("((()))", 2, 2)]
    [InlineData("{[(x)]}", 2, 2)]
    [InlineData(")))(((", 3, -1)] // stray closers never make room for more openers
    [InlineData(")))((((", 3, 6)]
    public void Counts_brackets_in_code(string text, int max, int expected) =>
        BracketNestingScanner.FindTooDeep(text, max).Should().Be(expected);

    [Theory]
    [InlineData("\"(((\" + x")]
    [InlineData("\"\\\"(((\"")] // an escaped quote does not end the string
    [InlineData("@\"\"\"(((\"")] // nor does a doubled quote in a verbatim string
    [InlineData("\"\"\"\n(((\n\"\"\"")] // raw string
    [InlineData("\"\"\"\" \"\"\" ((( \"\"\"\"")] // raw string with more quotes than its content
    [InlineData("'(' + '\\'' + '['")]
    [InlineData("// (((\n")]
    [InlineData("/* ((( */")]
    [InlineData("#region (((\n")]
    [InlineData("$\"{{(((\"")] // an escaped brace is text
    [InlineData("$$\"\"\"{(((}\"\"\"")] // one brace is text in a $$ raw string
    [InlineData("x = y ? a : b")]
    public void Ignores_brackets_in_text(string text) =>
        BracketNestingScanner.FindTooDeep(text, 0).Should().Be(-1);

    [Theory]
    [InlineData("$\"{x}\"", 0, 2)] // the hole is a level
    [InlineData("$\"{(x)}\"", 1, 3)]
    [InlineData("$@\"\n{(x)}\"", 1, 5)]
    [InlineData("$$\"\"\"{{(x)}}\"\"\"", 1, 7)]
    [InlineData("$\"{$\"{(x)}\"}\"", 2, 6)] // a hole inside a hole
    [InlineData("$\"{x:(((}{(y)}\"", 1, 10)] // a format clause is text; the next hole is code again
    [InlineData("$\"{global::X.Y((z))}\"", 2, 15)] // '::' is not a format clause
    public void Counts_interpolation_holes_and_the_code_in_them(string text, int max, int expected) =>
        BracketNestingScanner.FindTooDeep(text, max).Should().Be(expected);

    [Fact]
    public void A_string_ends_at_its_closing_quote_and_code_after_it_counts_again()
    {
        var text = "\"((((\" + (((1)))";

        BracketNestingScanner.FindTooDeep(text, 2).Should().Be(text.LastIndexOf('('));
    }

    [Fact]
    public void A_regular_string_left_open_ends_at_the_end_of_its_line()
    {
        var text = "\"unterminated (\n(((";

        BracketNestingScanner.FindTooDeep(text, 2).Should().Be(text.Length - 1);
    }

    [Fact]
    public void Scans_a_large_input_in_linear_time()
    {
        var text = string.Concat(Enumerable.Repeat("f(\"x\", '(', $\"{a[1]}\") /* c */ // d\n", 50_000));
        var watch = System.Diagnostics.Stopwatch.StartNew();

        BracketNestingScanner.FindTooDeep(text, 3).Should().Be(-1);

        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(5));
    }
}
