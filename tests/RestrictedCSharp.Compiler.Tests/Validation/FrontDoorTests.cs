using Microsoft.CodeAnalysis;

namespace RestrictedCSharp.Compiler.Tests.Validation;

public class FrontDoorTests
{
    [Fact]
    public async Task An_empty_submission_is_refused_with_RCX1006_and_no_location()
    {
        var result = await Submissions.Bots.ValidateAsync(Array.Empty<SourceFile>());

        result.Accepted.Should().BeFalse();
        result.Compilation.Should().BeNull();
        var diagnostic = result.Diagnostics.Should().ContainSingle().Subject;
        diagnostic.Id.Should().Be("RCX1006");
        diagnostic.Severity.Should().Be(DiagnosticSeverity.Error);
        diagnostic.File.Should().BeEmpty();
        diagnostic.Line.Should().Be(0);
    }

    [Fact]
    public async Task Too_many_files_is_RCX1002_on_the_first_file_past_the_limit()
    {
        var validator = Submissions.Validator(Submissions.BotsWith("limit source-files 2"));
        var files = Enumerable.Range(1, 4).Select(i => new SourceFile($"F{i}.cs", $"public static class C{i} {{ }}")).ToArray();

        var result = await validator.ValidateAsync(files);

        result.Accepted.Should().BeFalse();
        var diagnostic = result.Diagnostics.Should().ContainSingle().Subject;
        diagnostic.Id.Should().Be("RCX1002");
        diagnostic.File.Should().Be("F3.cs");
        (diagnostic.Line, diagnostic.Column).Should().Be((1, 1));
        diagnostic.Message.Should().Contain("4").And.Contain("2");
    }

    [Fact]
    public async Task Exactly_the_file_limit_is_accepted()
    {
        var validator = Submissions.Validator(Submissions.BotsWith("limit source-files 2"));

        var result = await validator.ValidateAsync(new[] { new SourceFile("A.cs", "class A { }"), new SourceFile("B.cs", "class B { }") });

        result.Accepted.Should().BeTrue(string.Join("\n", result.Diagnostics));
    }

    [Fact]
    public async Task Too_much_source_is_RCX1001_where_the_total_crosses_the_limit()
    {
        var validator = Submissions.Validator(Submissions.BotsWith("limit source-bytes 60"));
        var first = new SourceFile("A.cs", "class A { }\n"); // 12 bytes
        var second = new SourceFile("B.cs", "class B { }\n// " + new string('x', 60) + "\n");

        var result = await validator.ValidateAsync(new[] { first, second });

        result.Accepted.Should().BeFalse();
        result.Compilation.Should().BeNull();
        var diagnostic = result.Diagnostics.Should().ContainSingle().Subject;
        diagnostic.Id.Should().Be("RCX1001");
        diagnostic.File.Should().Be("B.cs");
        // 12 bytes in A, 12 in B's first line, then "// " and 33 x's reach 60: the 61st byte is column 37 of line 2.
        (diagnostic.Line, diagnostic.Column).Should().Be((2, 37));
        diagnostic.Message.Should().Contain((12 + 12 + 3 + 60 + 1).ToString()).And.Contain("60");
    }

    [Fact]
    public async Task Source_size_counts_utf8_bytes_not_characters()
    {
        // 30 'é' are 30 characters but 60 bytes.
        var validator = Submissions.Validator(Submissions.BotsWith("limit source-bytes 50"));

        var result = await validator.ValidateAsync(new[] { new SourceFile("A.cs", "// " + new string('é', 30)) });

        result.Diagnostics.Should().ContainSingle(d => d.Id == "RCX1001");
    }

    [Fact]
    public async Task A_long_line_is_RCX1003_spanning_the_part_past_the_limit()
    {
        var validator = Submissions.Validator(Submissions.BotsWith("limit line-length 40"));
        var text = "public static class Bot\n{\n    // " + new string('y', 50) + "\n}\n";

        var result = await validator.ValidateAsync(new[] { new SourceFile("Long.cs", text) });

        var diagnostic = result.Diagnostics.Should().ContainSingle().Subject;
        diagnostic.Id.Should().Be("RCX1003");
        diagnostic.File.Should().Be("Long.cs");
        (diagnostic.Line, diagnostic.Column, diagnostic.EndLine, diagnostic.EndColumn).Should().Be((3, 41, 3, 58));
        diagnostic.Message.Should().Contain("57").And.Contain("40");
        result.Accepted.Should().BeFalse();
    }

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\r")]
    [InlineData("\u2028")]
    public async Task Every_kind_of_line_break_ends_a_line(string newline)
    {
        var validator = Submissions.Validator(Submissions.BotsWith("limit line-length 30"));
        var text = string.Join(newline, "public static class Bot", "{", "    public static int X = 1;", "}");

        var result = await validator.ValidateAsync(new[] { new SourceFile("A.cs", text) });

        result.Accepted.Should().BeTrue(string.Join("\n", result.Diagnostics));
    }

    [Fact]
    public async Task Deep_brackets_are_RCX1004_at_the_first_bracket_past_the_limit()
    {
        var validator = Submissions.Validator(Submissions.BotsWith("limit nesting 4"));
        // class { method { return ( ( ( — the fifth level is the third '('.
        var text = "class C\n{\n    int F() { return (((1))); }\n}\n";

        var result = await validator.ValidateAsync(new[] { new SourceFile("Deep.cs", text) });

        result.Compilation.Should().BeNull();
        var diagnostic = result.Diagnostics.Should().ContainSingle().Subject;
        diagnostic.Id.Should().Be("RCX1004");
        (diagnostic.Line, diagnostic.Column).Should().Be((3, "    int F() { return (((".Length));
        diagnostic.Message.Should().Contain("5").And.Contain("4");
    }

    [Fact]
    public async Task Brackets_in_strings_comments_and_characters_do_not_count()
    {
        var validator = Submissions.Validator(Submissions.BotsWith("limit nesting 3"));
        var text = """"
            class C
            {
                // ((((((((
                /* [[[[[[[[ */
                string S() => "((((((((" + @"{{{{{{" + '(' + $"{1}((((" + $$"""{ {{1}} [[[""";
            }
            """";

        var result = await validator.ValidateAsync(new[] { new SourceFile("Quiet.cs", text) });

        result.Diagnostics.Should().NotContain(d => d.Id == "RCX1004");
    }

    [Fact]
    public async Task Nesting_inside_an_interpolation_hole_counts()
    {
        var validator = Submissions.Validator(Submissions.BotsWith("limit nesting 4"));
        var text = "class C { string S() => $\"{(((1)))}\"; }";

        var result = await validator.ValidateAsync(new[] { new SourceFile("Hole.cs", text) });

        var diagnostic = result.Diagnostics.Should().ContainSingle().Subject;
        diagnostic.Id.Should().Be("RCX1004");
        diagnostic.Column.Should().Be(text.IndexOf("(((", StringComparison.Ordinal) + 3);
    }

    [Fact]
    public async Task Deep_code_hidden_from_the_text_scan_by_a_disabled_region_is_caught_after_parsing()
    {
        // The text scan sees '@"' in disabled text and takes the rest for a string; the parser does not.
        var validator = Submissions.Validator(Submissions.BotsWith("limit nesting 4"));
        var text = "#if NEVER\n@\"\n#endif\nclass C { int F() { return ((((1)))); } }\n";

        var result = await validator.ValidateAsync(new[] { new SourceFile("Hidden.cs", text) });

        result.Compilation.Should().BeNull();
        var diagnostic = result.Diagnostics.Should().ContainSingle().Subject;
        diagnostic.Id.Should().Be("RCX1004");
        (diagnostic.File, diagnostic.Line).Should().Be(("Hidden.cs", 4));
    }

    [Fact]
    public async Task Pathologically_deep_source_is_refused_quickly_without_reaching_the_compiler()
    {
        var depth = 100_000;
        var text = "class C { int F() => " + new string('(', depth) + "1" + new string(')', depth) + "; }";
        var validator = Submissions.Validator(Submissions.BotsWith("limit line-length 1000000"));

        var result = await validator.ValidateAsync(new[] { new SourceFile("Bomb.cs", text) });

        result.Compilation.Should().BeNull();
        result.Diagnostics.Should().ContainSingle().Which.Id.Should().Be("RCX1004");
    }

    [Fact]
    public async Task A_NUL_character_is_RCX1005_at_its_place()
    {
        var result = await Submissions.ValidateAsync("class C { }\nclass D {\0 }\n", "Nul.cs");

        var diagnostic = result.Diagnostics.Should().ContainSingle().Subject;
        diagnostic.Id.Should().Be("RCX1005");
        (diagnostic.File, diagnostic.Line, diagnostic.Column).Should().Be(("Nul.cs", 2, 10));
        diagnostic.Message.Should().Contain("NUL");
        result.Accepted.Should().BeFalse();
    }

    [Fact]
    public async Task Bytes_that_are_not_utf8_are_RCX1005_at_their_place()
    {
        var bytes = new byte[] { (byte)'c', (byte)'l', (byte)'a', (byte)'s', (byte)'s', (byte)' ', 0xFF, (byte)'X', (byte)'{', (byte)'}' };
        var source = SourceFileReader.Decode("Latin.cs", bytes);

        var result = await Submissions.ValidateAsync(source);

        var diagnostic = result.Diagnostics.Should().ContainSingle().Subject;
        diagnostic.Id.Should().Be("RCX1005");
        (diagnostic.Line, diagnostic.Column).Should().Be((1, 7));
        diagnostic.Message.Should().Contain("0xFF");
    }

    [Fact]
    public async Task A_Windows_1251_file_is_named_as_such_with_the_way_to_convert_it()
    {
        // "// Привет, мир" and a class, saved in Windows-1251 (Cyrillic letters are the bytes 0xC0–0xFF).
        var bytes = new List<byte>("// "u8.ToArray());
        bytes.AddRange(new byte[] { 0xCF, 0xF0, 0xE8, 0xE2, 0xE5, 0xF2, (byte)',', (byte)' ', 0xEC, 0xE8, 0xF0 });
        bytes.AddRange("\nclass C { }\n"u8.ToArray());

        var result = await Submissions.ValidateAsync(SourceFileReader.Decode("Cyrillic.cs", bytes.ToArray()));

        var diagnostic = result.Diagnostics.Should().ContainSingle().Subject;
        diagnostic.Id.Should().Be("RCX1005");
        diagnostic.Message.Should().Be(
            "Source files are read as UTF-8 text, and this one is not: byte 0xCF does not decode as UTF-8; it looks like Windows-1251 (Cyrillic): " +
            "save it as UTF-8 (in an editor, choose UTF-8 when saving; in a shell, 'iconv -f WINDOWS-1251 -t UTF-8 file.cs')");
    }

    [Fact]
    public async Task A_Western_European_file_and_a_UTF16_file_are_named_too()
    {
        // "// café" in Windows-1252: one accented letter between ASCII ones.
        var latin = new List<byte>("// caf"u8.ToArray()) { 0xE9 };
        latin.AddRange("\nclass C { }\n"u8.ToArray());
        var western = await Submissions.ValidateAsync(SourceFileReader.Decode("Latin.cs", latin.ToArray()));
        western.Diagnostics.Single().Message.Should().Contain("Windows-1252 (Western European)").And.Contain("iconv -f WINDOWS-1252 -t UTF-8");

        var utf16 = System.Text.Encoding.Unicode.GetPreamble().Concat(System.Text.Encoding.Unicode.GetBytes("class C { }")).ToArray();
        var wide = await Submissions.ValidateAsync(SourceFileReader.Decode("Wide.cs", utf16));
        wide.Diagnostics.Single().Message.Should().Contain("UTF-16").And.Contain("iconv -f UTF-16LE -t UTF-8");
    }

    [Fact]
    public async Task An_unpaired_surrogate_is_RCX1005()
    {
        var result = await Submissions.ValidateAsync("// \uD800\nclass C { }", "Surrogate.cs");

        result.Diagnostics.Should().ContainSingle().Which.Id.Should().Be("RCX1005");
    }

    [Fact]
    public async Task Valid_utf8_with_a_byte_order_mark_and_non_ascii_text_is_accepted()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(System.Text.Encoding.UTF8.GetBytes("// héllo 🎲 \uFFFD\nclass C { }")).ToArray();

        var result = await Submissions.ValidateAsync(SourceFileReader.Decode("Ok.cs", bytes));

        result.Accepted.Should().BeTrue(string.Join("\n", result.Diagnostics));
    }

    [Fact]
    public async Task Every_file_with_a_problem_is_reported_before_parsing()
    {
        var validator = Submissions.Validator(Submissions.BotsWith("limit line-length 20"));

        var result = await validator.ValidateAsync(new[]
        {
            new SourceFile("B.cs", "// " + new string('z', 30)),
            new SourceFile("A.cs", "class A {\0}"),
            new SourceFile("C.cs", "class C { }"),
        });

        result.Diagnostics.Select(d => (d.File, d.Id)).Should().Equal(("A.cs", "RCX1005"), ("B.cs", "RCX1003"));
        result.Compilation.Should().BeNull();
    }
}
