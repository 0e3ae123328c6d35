using static RestrictedCSharp.Analyzers.Tests.Infrastructure.AnalyzerRunner;

namespace RestrictedCSharp.Analyzers.Tests;

/// <summary>
/// A rule on one accessor (<c>M:T.get_X</c>, <c>M:T.set_X(…)</c>) judges the accessor the code runs, as the IL audit
/// does: a read runs the getter, a write the setter, a compound assignment both; the property's own rule (<c>P:</c>)
/// still covers both, the more specific rule winning.
/// </summary>
public class AccessorRuleTests
{
    private const string DenySetter = "include bots\ndeny M:System.Collections.Generic.List`1.set_Capacity* ; test";
    private const string DenyIndexGetter = "include bots\ndeny M:System.Collections.Generic.List`1.get_Item* ; test";

    [Theory]
    [InlineData("list.Capacity = 8;")]
    [InlineData("list.Capacity += 8;")]
    [InlineData("list.Capacity++;")]
    [InlineData("(list.Capacity, var x) = (8, 1);")]
    [InlineData("var made = new List<int> { Capacity = 8 };")]
    public Task A_denied_setter_refuses_writes(string statement) =>
        VerifyAsync(Wrap(statement, marked: true), RulesFrom(DenySetter));

    [Theory]
    [InlineData("var c = list.Capacity;")]
    [InlineData("var more = list.Capacity > 4 ? list.Capacity : 0;")]
    [InlineData("list.Add(list.Capacity);")]
    public Task A_denied_setter_leaves_reads(string statement) =>
        VerifyAsync(Wrap(statement, marked: false), RulesFrom(DenySetter));

    [Fact]
    public Task A_denied_indexer_getter_refuses_reads_and_compound_writes_only() => VerifyAsync("""
        using System.Collections.Generic;
        class Bot
        {
            int M(List<int> list)
            {
                list[0] = 1;
                {|RCX0001:list[1]|}++;
                return {|RCX0001:list[0]|};
            }
        }
        """, RulesFrom(DenyIndexGetter));

    [Fact]
    public Task An_allowed_getter_of_a_denied_type_reads_and_nothing_else_does() => VerifyAsync("""
        using System;
        class Bot
        {
            int M() => Environment.ProcessorCount + {|RCX0001:Environment.TickCount|};
        }
        """, RulesFrom("include bots\nallow M:System.Environment.get_ProcessorCount ; test"));

    [Fact]
    public async Task The_message_names_the_accessor()
    {
        var diagnostics = await VerifyAsync(Wrap("list.Capacity = 8;", marked: true), RulesFrom(DenySetter));
        diagnostics.Single().GetMessage().Should().Contain("Capacity.set").And.Contain("set_Capacity");
    }

    private static string Wrap(string statement, bool marked)
    {
        var body = marked ? MarkCapacity(statement) : statement;
        return $$"""
            using System.Collections.Generic;
            class Bot
            {
                void M(List<int> list)
                {
                    {{body}}
                }
            }
            """;
    }

    // The diagnostic sits on the property reference that writes.
    private static string MarkCapacity(string statement) =>
        statement.Contains("{ Capacity") ? statement.Replace("Capacity = 8", "{|RCX0001:Capacity|} = 8")
        : statement.Replace("list.Capacity", "{|RCX0001:list.Capacity|}");
}
