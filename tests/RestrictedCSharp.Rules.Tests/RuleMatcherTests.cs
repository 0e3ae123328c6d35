using RestrictedCSharp.Rules.Tests.Support;

namespace RestrictedCSharp.Rules.Tests;

public class RuleMatcherTests
{
    private static RuleSymbolDecision Decide(string rules, string id)
    {
        var rule = RulesText.Load(rules).Matcher.Match(id);
        return new RuleSymbolDecision(rule?.Action, rule?.Pattern.Text);
    }

    private sealed record RuleSymbolDecision(RuleAction? Action, string? Pattern);

    [Theory]
    [InlineData("T:System.Collections.Generic.List`1")]
    [InlineData("M:System.Collections.Generic.List`1.Add(`0)")]
    [InlineData("T:System.Collections.Generic.List`1.Enumerator")]
    [InlineData("N:System.Collections.Generic")]
    public void Namespace_covers_its_types_and_members(string id)
    {
        Decide("allow N:System.Collections.Generic", id).Action.Should().Be(RuleAction.Allow);
    }

    [Theory]
    [InlineData("T:System.IO.Compression.ZipFile")]
    [InlineData("M:System.IO.Pipes.NamedPipeClientStream.Connect")]
    [InlineData("N:System.IO.IsolatedStorage")]
    public void Namespace_covers_nested_namespaces(string id)
    {
        Decide("deny N:System.IO ; no files", id).Action.Should().Be(RuleAction.Deny);
    }

    [Theory]
    [InlineData("N:System")]
    [InlineData("T:System.IOException")]
    [InlineData("N:System.IOX")]
    public void Namespace_does_not_cover_its_parent_or_a_sibling_with_the_same_prefix(string id)
    {
        Decide("deny N:System.IO ; no files", id).Action.Should().BeNull();
    }

    [Theory]
    [InlineData("M:System.Text.StringBuilder.Append(System.Char)")]
    [InlineData("P:System.Text.StringBuilder.Length")]
    [InlineData("M:System.Text.StringBuilder.#ctor")]
    [InlineData("T:System.Text.StringBuilder.ChunkEnumerator")]
    [InlineData("M:System.Text.StringBuilder.System#Runtime#Serialization#ISerializable#GetObjectData(System.Runtime.Serialization.SerializationInfo,System.Runtime.Serialization.StreamingContext)")]
    public void Type_covers_its_members_and_nested_types(string id)
    {
        Decide("allow T:System.Text.StringBuilder", id).Action.Should().Be(RuleAction.Allow);
    }

    [Fact]
    public void Type_does_not_cover_a_type_whose_name_it_prefixes()
    {
        const string Rules = "deny T:System.Numerics.Vector ; width varies\nallow N:System.Numerics";
        Decide(Rules, "T:System.Numerics.Vector2").Action.Should().Be(RuleAction.Allow);
        Decide(Rules, "M:System.Numerics.Vector.Add``1(System.Numerics.Vector{``0},System.Numerics.Vector{``0})").Action.Should().Be(RuleAction.Deny);
    }

    [Fact]
    public void Dots_inside_a_parameter_list_are_not_segment_boundaries()
    {
        const string Rules = "allow T:Game.Board\ndeny N:System.IO ; no files";
        Decide(Rules, "M:Game.Board.Save(System.IO.Stream)").Action.Should().Be(RuleAction.Allow);
        Decide(Rules, "M:Game.Board.Load(System.Collections.Generic.List{System.IO.Stream},System.Int32[0:,0:])").Action.Should().Be(RuleAction.Allow);
    }

    [Theory]
    [InlineData("T:Game.Api", RuleAction.Allow, "N:Game")]
    [InlineData("M:Game.Api.Move(System.Int32)", RuleAction.Allow, "N:Game")]
    [InlineData("M:Game.Secrets.Peek", RuleAction.Deny, "T:Game.Secrets")]
    [InlineData("M:Game.Secrets.Hint(System.Int32)", RuleAction.Allow, "M:Game.Secrets.Hint")]
    [InlineData("M:Game.Secrets.Hint(System.Int32,System.Int32)", RuleAction.Allow, "M:Game.Secrets.Hint")]
    [InlineData("M:Game.Secrets.Hint(System.String)", RuleAction.Deny, "M:Game.Secrets.Hint(System.String)")]
    public void Most_specific_rule_wins(string id, RuleAction action, string pattern)
    {
        const string Rules = """
            deny M:Game.Secrets.Hint(System.String) ; leaks the answer
            allow M:Game.Secrets.Hint
            deny T:Game.Secrets ; the game's internals
            allow N:Game
            """;
        Decide(Rules, id).Should().Be(new RuleSymbolDecision(action, pattern));
    }

    [Fact]
    public void Rule_order_does_not_matter()
    {
        var forward = RulesText.Load("allow N:Game\ndeny T:Game.Secrets\nallow M:Game.Secrets.Hint");
        var backward = RulesText.Load("allow M:Game.Secrets.Hint\ndeny T:Game.Secrets\nallow N:Game");
        foreach (var id in new[] { "T:Game.Api", "M:Game.Secrets.Peek", "M:Game.Secrets.Hint(System.Int32)" })
        {
            forward.Decide(id).Should().Be(backward.Decide(id), id);
        }
    }

    [Fact]
    public void Deny_wins_a_tie_of_equal_specificity()
    {
        // The same name as a namespace and as a type: two rules, equally specific.
        Decide("allow T:Game.Board\ndeny N:Game.Board ; no", "M:Game.Board.Move").Action.Should().Be(RuleAction.Deny);
        Decide("deny N:Game.Board ; no\nallow T:Game.Board", "M:Game.Board.Move").Action.Should().Be(RuleAction.Deny);

        // Two wildcards inside the same segment.
        Decide("allow T:Game.A*\ndeny T:Game.Ab* ; no", "T:Game.Abc").Action.Should().Be(RuleAction.Deny);
        Decide("deny T:Game.Ab* ; no\nallow T:Game.A*", "T:Game.Abc").Action.Should().Be(RuleAction.Deny);
        Decide("deny T:Game.Ab* ; no\nallow T:Game.A*", "T:Game.Axe").Action.Should().Be(RuleAction.Allow);
    }

    [Fact]
    public void Member_without_parameters_covers_every_overload()
    {
        const string Rules = "allow T:System.String\ndeny M:System.String.Split ; allocates";
        Decide(Rules, "M:System.String.Split(System.Char[])").Action.Should().Be(RuleAction.Deny);
        Decide(Rules, "M:System.String.Split(System.Char,System.StringSplitOptions)").Action.Should().Be(RuleAction.Deny);
        Decide(Rules, "M:System.String.Split(System.String,System.Int32,System.StringSplitOptions)").Action.Should().Be(RuleAction.Deny);
    }

    [Fact]
    public void Member_rule_does_not_cover_a_member_whose_name_it_prefixes()
    {
        const string Rules = "allow T:Game.Api\ndeny M:Game.Api.Split ; no";
        Decide(Rules, "M:Game.Api.SplitLines(System.String)").Action.Should().Be(RuleAction.Allow);
        Decide(Rules, "P:Game.Api.SplitCount").Action.Should().Be(RuleAction.Allow);
    }

    [Fact]
    public void Overload_exact_rule_beats_name_only_rule()
    {
        const string Rules = "deny M:System.Random.#ctor ; unseeded\nallow M:System.Random.#ctor(System.Int32)\nallow T:System.Random";
        Decide(Rules, "M:System.Random.#ctor").Action.Should().Be(RuleAction.Deny);
        Decide(Rules, "M:System.Random.#ctor(System.Int32)").Action.Should().Be(RuleAction.Allow);
        Decide(Rules, "M:System.Random.Next(System.Int32)").Action.Should().Be(RuleAction.Allow);
    }

    [Fact]
    public void Generic_method_ids_with_arity()
    {
        const string Select1 = "M:System.Linq.Enumerable.Select``2(System.Collections.Generic.IEnumerable{``0},System.Func{``0,``1})";
        const string Select2 = "M:System.Linq.Enumerable.Select``2(System.Collections.Generic.IEnumerable{``0},System.Func{``0,System.Int32,``1})";
        const string Count = "M:System.Linq.Enumerable.Count``1(System.Collections.Generic.IEnumerable{``0})";

        Decide("deny M:System.Linq.Enumerable.Select ; no", Select1).Action.Should().Be(RuleAction.Deny);
        Decide("deny M:System.Linq.Enumerable.Select ; no", Select2).Action.Should().Be(RuleAction.Deny);

        const string ByArity = "allow T:System.Linq.Enumerable\ndeny M:System.Linq.Enumerable.Select``2 ; no\ndeny M:System.Linq.Enumerable.Count``2 ; no";
        Decide(ByArity, Select1).Action.Should().Be(RuleAction.Deny);
        Decide(ByArity, Select2).Action.Should().Be(RuleAction.Deny);
        Decide(ByArity, Count).Action.Should().Be(RuleAction.Allow, "the arity differs");

        var exact = $"allow T:System.Linq.Enumerable\ndeny M:System.Linq.Enumerable.Select ; no\nallow {Select1}";
        Decide(exact, Select1).Action.Should().Be(RuleAction.Allow);
        Decide(exact, Select2).Action.Should().Be(RuleAction.Deny);
    }

    [Fact]
    public void Generic_type_ids_and_their_nested_types()
    {
        const string Rules = "allow N:System.Collections.Generic\ndeny T:System.Collections.Generic.List`1.Enumerator ; test";
        Decide(Rules, "M:System.Collections.Generic.List`1.Enumerator.MoveNext").Action.Should().Be(RuleAction.Deny);
        Decide(Rules, "M:System.Collections.Generic.List`1.GetEnumerator").Action.Should().Be(RuleAction.Allow);
        Decide(Rules, "T:System.Collections.Generic.Dictionary`2.Enumerator").Action.Should().Be(RuleAction.Allow);
    }

    [Fact]
    public void Nested_type_rule_beats_its_containing_type()
    {
        const string Rules = "deny T:Game.Engine ; internals\nallow T:Game.Engine.Move";
        Decide(Rules, "M:Game.Engine.Move.#ctor(System.Int32,System.Int32)").Action.Should().Be(RuleAction.Allow);
        Decide(Rules, "M:Game.Engine.Step").Action.Should().Be(RuleAction.Deny);
    }

    [Fact]
    public void Conversion_operators_with_return_type()
    {
        const string Local = "M:System.DateTimeOffset.op_Implicit(System.DateTime)~System.DateTimeOffset";
        const string Rules = "allow T:System.DateTimeOffset\ndeny " + Local + " ; local time zone";
        Decide(Rules, Local).Action.Should().Be(RuleAction.Deny);
        Decide(Rules, "M:System.DateTimeOffset.op_Equality(System.DateTimeOffset,System.DateTimeOffset)").Action.Should().Be(RuleAction.Allow);

        const string NameOnly = "allow T:System.Decimal\ndeny M:System.Decimal.op_Explicit ; test";
        Decide(NameOnly, "M:System.Decimal.op_Explicit(System.Decimal)~System.Int32").Action.Should().Be(RuleAction.Deny);
        Decide(NameOnly, "M:System.Decimal.op_Implicit(System.Int32)~System.Decimal").Action.Should().Be(RuleAction.Allow);

        // The return type is part of the one overload the rule names, not a segment of its own.
        const string Exact = "deny M:System.Decimal.op_Explicit ; test\nallow M:System.Decimal.op_Explicit(System.Decimal)~System.Int32";
        Decide(Exact, "M:System.Decimal.op_Explicit(System.Decimal)~System.Int32").Action.Should().Be(RuleAction.Allow);
        Decide(Exact, "M:System.Decimal.op_Explicit(System.Decimal)~System.Int64").Action.Should().Be(RuleAction.Deny);
    }

    [Fact]
    public void Conversion_return_type_namespace_is_not_matched_as_a_prefix()
    {
        const string Rules = "allow T:Game.Cell\ndeny N:System.IO ; no files\ndeny T:System.IO.Stream ; no files";
        Decide(Rules, "M:Game.Cell.op_Explicit(Game.Cell)~System.IO.Stream").Action.Should().Be(RuleAction.Allow);
    }

    [Theory]
    [InlineData("T:System.Linq.Enumerable", RuleAction.Allow)]
    [InlineData("M:System.Linq.Enumerable.Range(System.Int32,System.Int32)", RuleAction.Allow)]
    [InlineData("T:System.Linq.Expressions.Expression", RuleAction.Deny)]
    [InlineData("T:System.Linq.IQueryable`1", RuleAction.Deny)]
    [InlineData("T:System.Linq.IQueryable", RuleAction.Deny)]
    [InlineData("N:System.Linq", null)]
    [InlineData("T:System.LinqX.Enumerable", null)]
    public void Wildcard_at_a_dot(string id, RuleAction? expected)
    {
        const string Rules = "allow T:System.Linq.*\ndeny N:System.Linq.Expressions ; compiles code\ndeny T:System.Linq.IQueryable* ; compiles code";
        Decide(Rules, id).Action.Should().Be(expected);
    }

    [Theory]
    [InlineData("T:System.Tuple`2", RuleAction.Allow)]
    [InlineData("M:System.Tuple`2.get_Item1", RuleAction.Allow)]
    [InlineData("M:System.Tuple.Create``1(``0)", RuleAction.Allow)]
    [InlineData("T:System.TupleExtensions", RuleAction.Allow)]
    [InlineData("T:System.Tup", null)]
    [InlineData("T:System.TimeZoneInfo", null)]
    public void Wildcard_inside_a_segment(string id, RuleAction? expected)
    {
        Decide("allow T:System.Tuple*", id).Action.Should().Be(expected);
    }

    [Fact]
    public void Exact_rule_beats_a_wildcard_at_the_same_depth()
    {
        Decide("allow T:System.Linq.*\ndeny T:System.Linq.Enumerable ; test", "M:System.Linq.Enumerable.Range(System.Int32,System.Int32)").Action.Should().Be(RuleAction.Deny);
        Decide("deny T:System.Linq.* ; test\nallow T:System.Linq.Enumerable", "M:System.Linq.Enumerable.Range(System.Int32,System.Int32)").Action.Should().Be(RuleAction.Allow);
    }

    [Fact]
    public void Wildcard_in_a_segment_beats_the_wildcard_at_the_dot_before_it()
    {
        Decide("allow T:System.Linq.*\ndeny T:System.Linq.Parallel* ; threads", "T:System.Linq.ParallelEnumerable").Action.Should().Be(RuleAction.Deny);
        Decide("deny T:System.Linq.* ; no\nallow T:System.Linq.Parallel*", "T:System.Linq.ParallelEnumerable").Action.Should().Be(RuleAction.Allow);
    }

    [Fact]
    public void Catch_all_wildcard()
    {
        Decide("allow N:*", "M:Anything.At.All(System.Int32)").Action.Should().Be(RuleAction.Allow);
        Decide("allow N:*\ndeny N:System ; test", "T:System.String").Action.Should().Be(RuleAction.Deny);
    }

    [Theory]
    [InlineData("")]
    [InlineData("T")]
    [InlineData("T:")]
    [InlineData("System.String")]
    [InlineData("TX:System.String")]
    public void Malformed_id_matches_nothing(string id)
    {
        RulesText.Load("allow N:*\nallow T:System.String").Matcher.Match(id).Should().BeNull();
    }

    [Fact]
    public void No_rule_means_no_match()
    {
        Decide("allow T:System.String", "T:System.Console").Action.Should().BeNull();
    }
}
