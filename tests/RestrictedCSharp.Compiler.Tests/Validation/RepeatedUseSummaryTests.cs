namespace RestrictedCSharp.Compiler.Tests.Validation;

/// <summary>Server-side reports give one diagnostic per refused symbol and file, with the count of the other uses.</summary>
public class RepeatedUseSummaryTests
{
    [Fact]
    public async Task A_refused_symbol_is_reported_once_per_file_with_the_number_of_its_other_uses()
    {
        const string Source = """
            public static class Bot
            {
                public static int A() => new System.UriBuilder().Port;
                public static int B() => new System.UriBuilder().Port;
                public static int C() => new System.UriBuilder().Port + new System.UriBuilder().Port;
                public static string D() => System.IO.File.ReadAllText("a");
            }
            """;
        var result = await Submissions.ValidateAsync(
            new SourceFile("One.cs", Source), new SourceFile("Two.cs", Source.Replace("class Bot", "class Other")));

        result.Accepted.Should().BeFalse();
        result.Diagnostics.Select(d => (d.File, d.Id, d.Line, d.OtherUses)).Should().BeEquivalentTo(new[]
        {
            ("One.cs", "RCX0002", 3, 3),
            ("One.cs", "RCX0001", 6, 0),
            ("Two.cs", "RCX0002", 3, 3),
            ("Two.cs", "RCX0001", 6, 0),
        });
        result.Diagnostics.First(d => d.Id == "RCX0002").Message.Should().EndWith(
            "no rule allows it (a game's rules file can allow it with 'allow T:System.UriBuilder') (and 3 more uses in this file)");
    }

    [Fact]
    public async Task One_more_use_is_said_in_the_singular()
    {
        var result = await Submissions.ValidateAsync("""
            public static class Bot
            {
                public static string A() => System.IO.File.ReadAllText("a") + System.IO.File.ReadAllText("b");
            }
            """);

        result.Diagnostics.Should().ContainSingle().Which.Message.Should().EndWith("(and 1 more use in this file)");
    }
}
