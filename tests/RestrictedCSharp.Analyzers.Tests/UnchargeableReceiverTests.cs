using RestrictedCSharp.Analyzers.Tests.Infrastructure;
using static RestrictedCSharp.Analyzers.Tests.Infrastructure.AnalyzerRunner;

namespace RestrictedCSharp.Analyzers.Tests;

/// <summary>
/// RCX0520: a library call that walks its receiver where no guard can charge it (docs/soundness/library-work.md),
/// and the shapes around it that the rewriter charges, which must not be reported.
/// </summary>
public class UnchargeableReceiverTests
{
    [Fact]
    public Task A_value_reached_through_a_conditional_access_and_followed_by_a_dot_is_refused() => VerifyAsync("""
        using System.Collections.Generic;
        using System.Linq;
        class Box { public List<int> Items = new(); public string Name = ""; }
        class Bot
        {
            bool? Has(Box? a, int x) => a?{|RCX0520:.Items.Contains|}(x);
            string? Upper(Box? a) => a?{|RCX0520:.Name.ToUpperInvariant|}();
            int? Sum(Box? a) => a?{|RCX0520:.Items.Sum|}();
            string? Tail(Box? a) => a?{|RCX0520:.Name[1..]|};
        }
        """);

    [Fact]
    public Task Conditional_accesses_the_rewriter_charges_are_accepted() => VerifyAsync("""
        using System.Collections.Generic;
        using System.Linq;
        class Box { public List<int> Items = new(); public Box? B; public string Name = ""; }
        class Bot
        {
            bool? Has(Box? a, int x) => a?.Items?.Contains(x);
            int[]? Deep(Box? a) => a?.B?.B?.Items?.ToArray();
            bool? First(List<int>[]? lists, int x) => lists?[0]?.Contains(x);
            int? Count(Box? a) => a?.Items?.Count;
            int? Where(Box? a) => a?.Items?.Where(i => i > 0).Count();
            List<int>? Copy(Box? a) => a?.Items?.Where(i => i > 0).ToList();
            int? Length(Box? a) => a?.Name.Length;
            int? Element(Box? a) => a?.Items[0];
            string? Tail(Box? a) => a?.Name?[1..];
            bool? Plain(List<int>? list, int x) => list?.Contains(x);
        }
        """);

    [Fact]
    public Task Base_receivers_are_charged_unless_nothing_can_carry_the_charge() => VerifyAsync("""
        using System.Collections.Generic;
        using System.Collections.ObjectModel;
        using System.IO;
        class Pile : List<int>
        {
            public bool Has(int x) => base.Contains(x);
            public int[] Snapshot() => base.ToArray();
            public void Order() => base.Sort();
        }
        class Tracked : Collection<int>
        {
            protected override void InsertItem(int index, int item) => base.InsertItem(index, item);
            protected override void RemoveItem(int index) { base.RemoveItem(index); }
        }
        class Sorted : SortedList<int, int>
        {
            public void Put(int key) { base[key] = key; }
        }
        class Buffer : MemoryStream
        {
            public override byte[] ToArray() => {|RCX0520:base.ToArray|}();
        }
        """);

    [Fact]
    public async Task The_message_gives_the_way_forward()
    {
        var diagnostics = await VerifyAsync("""
            using System.Collections.Generic;
            class Box { public List<int> Items = new(); }
            class Bot
            {
                bool? Has(Box? a, int x) => a?{|RCX0520:.Items.Contains|}(x);
            }
            """);

        diagnostics.Single().GetMessage().Should().Contain("('a?.Items?.')").And.Contain("('var value = a?.Items;')");
    }
}
