namespace RestrictedCSharp.Rules.Tests;

public class SymbolPatternTests
{
    private static SymbolPattern Parse(string text)
    {
        SymbolPattern.TryParse(text, out var pattern, out var error).Should().BeTrue(error);
        return pattern;
    }

    [Theory]
    [InlineData("N:System.IO", 'N', "System.IO", false)]
    [InlineData("T:System.Linq.*", 'T', "System.Linq.", true)]
    [InlineData("T:System.Tuple*", 'T', "System.Tuple", true)]
    [InlineData("M:System.Random.#ctor(System.Int32)", 'M', "System.Random.#ctor(System.Int32)", false)]
    [InlineData("P:System.DateTime.Now", 'P', "System.DateTime.Now", false)]
    [InlineData("F:System.Int32.MaxValue", 'F', "System.Int32.MaxValue", false)]
    [InlineData("E:Game.Board.Moved", 'E', "Game.Board.Moved", false)]
    public void Parses_kind_path_and_wildcard(string text, char kind, string path, bool wildcard)
    {
        var pattern = Parse(text);
        pattern.Kind.Should().Be(kind);
        pattern.Path.Should().Be(path);
        pattern.IsWildcard.Should().Be(wildcard);
        pattern.Text.Should().Be(text);
        pattern.ToString().Should().Be(text);
    }

    [Theory]
    [InlineData("T:System.String;x")]
    [InlineData("T:System. String")]
    [InlineData("T:**")]
    [InlineData("")]
    [InlineData("N:")]
    public void Rejects_malformed_patterns(string text)
    {
        SymbolPattern.TryParse(text, out _, out var error).Should().BeFalse();
        error.Should().Contain(text.Length > 0 ? text : "''");
    }

    [Fact]
    public void Specificity_orders_patterns_as_documented()
    {
        var ordered = new[]
        {
            "N:*",
            "N:System",
            "T:System.Tuple*",
            "N:System.Linq",
            "T:System.Linq.*",
            "T:System.Linq.I*",
            "M:System.Random.#ctor",
            "M:System.Random.#ctor(System.Int32)",
            "T:System.Collections.Generic.List`1",
        }.Select(Parse).Select(p => p.Specificity).ToList();

        ordered.Should().BeInAscendingOrder();
        ordered.Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void Conversion_operator_is_as_specific_as_any_overload_exact_member()
    {
        Parse("M:System.Decimal.op_Implicit(System.Int32)~System.Decimal").Specificity
            .Should().Be(Parse("M:System.Decimal.Add(System.Decimal,System.Decimal)").Specificity);
        Parse("M:System.Decimal.op_Implicit(System.Int32)~System.Decimal").Specificity
            .Should().Be(Parse("M:System.Decimal.op_Implicit").Specificity + 1);
    }

    [Theory]
    [InlineData("System.Collections.Generic.List`1.Add(`0)", new[] { "System", "Collections", "Generic", "List`1", "Add(`0)" })]
    [InlineData("System.Linq.Enumerable.Select``2(System.Collections.Generic.IEnumerable{``0},System.Func{``0,``1})", new[] { "System", "Linq", "Enumerable", "Select``2(System.Collections.Generic.IEnumerable{``0},System.Func{``0,``1})" })]
    [InlineData("A.B.M(System.Int32[0:,0:],System.IO.Stream)", new[] { "A", "B", "M(System.Int32[0:,0:],System.IO.Stream)" })]
    [InlineData("System.Decimal.op_Implicit(System.Int32)~System.Decimal", new[] { "System", "Decimal", "op_Implicit(System.Int32)~System.Decimal" })]
    [InlineData("System.Linq.", new[] { "System", "Linq" })]
    public void Splits_segments_outside_brackets(string path, string[] segments)
    {
        SymbolPattern.SplitSegments(path).Should().Equal(segments);
    }

    [Theory]
    [InlineData("Select``2(System.Int32)", "Select", "Select``2")]
    [InlineData("op_Implicit(System.Int32)~System.Decimal", "op_Implicit", "op_Implicit")]
    [InlineData("#ctor(System.Int32)", "#ctor", "#ctor")]
    [InlineData("GetType", "GetType", "GetType")]
    [InlineData("Empty``1", "Empty", "Empty``1")]
    [InlineData("List`1", "List`1", "List`1")]
    public void Member_names(string segment, string name, string withArity)
    {
        SymbolPattern.MemberName(segment).Should().Be(name);
        SymbolPattern.MemberNameWithArity(segment).Should().Be(withArity);
    }

    [Fact]
    public void Patterns_are_equal_by_text()
    {
        Parse("T:System.String").Should().Be(Parse("T:System.String"));
        Parse("T:System.String").GetHashCode().Should().Be(Parse("T:System.String").GetHashCode());
        Parse("T:System.String").Should().NotBe(Parse("N:System.String"));
    }
}
