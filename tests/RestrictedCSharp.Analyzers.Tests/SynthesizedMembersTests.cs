using static RestrictedCSharp.Analyzers.Tests.Infrastructure.AnalyzerRunner;

namespace RestrictedCSharp.Analyzers.Tests;

/// <summary>
/// RCX0510/RCX0511: the shapes that make compiler-generated and library structural members unbounded, and
/// the ordinary shapes right beside them that stay accepted.
/// </summary>
public class SynthesizedMembersTests
{
    [Fact]
    public Task A_record_that_reaches_itself_is_refused_and_one_that_declares_its_own_members_is_not() => VerifyAsync("""
        sealed record {|RCX0510:Node|}(int Value, Node? Next);
        sealed record Declared(int Value, Declared? Next)
        {
            public bool Equals(Declared? other) => ReferenceEquals(this, other);
            public override int GetHashCode() => Value;
            public override string ToString() => "Declared";
        }
        sealed record {|RCX0510:OnlyEquals|}(int Value, OnlyEquals? Next)
        {
            public bool Equals(OnlyEquals? other) => ReferenceEquals(this, other);
            public override int GetHashCode() => Value;
        }
        sealed class TreeNode { public TreeNode? Left, Right; }
        sealed record Holder(TreeNode Root, int[] Cells, System.Collections.Generic.List<int> Items);
        """);

    [Fact]
    public Task Thirty_two_parts_are_accepted_and_thirty_three_are_refused() => VerifyAsync("""
        readonly record struct Pos(int X, int Y);
        sealed record Small(Pos A, int B);
        sealed record Fits(Small A, Small B, Small C, Small D, Small E, Small F, int G);
        sealed record {|RCX0510:TooWide|}(Small A, Small B, Small C, Small D, Small E, Small F, int G, int H);
        """);

    [Fact]
    public Task Open_parts_are_refused_unless_nothing_structural_can_hide_behind_them() => VerifyAsync("""
        interface IPlain { }
        interface IShape { }
        sealed class Plain : IPlain { }
        sealed record Circle(int R) : IShape;
        sealed record WithPlain(IPlain Part);
        sealed record {|RCX0510:WithShape|}(IShape Part);
        sealed record {|RCX0510:WithObject|}(object Part);
        sealed record {|RCX0510:Generic|}<T>(T Part);
        sealed record Unmanaged<T>(T Part) where T : unmanaged;
        struct {|RCX0510:FieldByField|} { public object O; }
        struct Declares { public object O; public override bool Equals(object? o) => false; public override int GetHashCode() => 0; }
        """);

    [Fact]
    public Task Tuples_and_anonymous_types_are_refused_where_their_parts_are_open() => VerifyAsync("""
        using System.Collections.Generic;
        class Bot
        {
            int Run(object o, DictionaryEntryLike e)
            {
                var fine = (1, "a", new { X = 1, Y = "b" });
                var bad = {|RCX0511:(o, 1)|};
                var anon = {|RCX0511:new { O = o }|};
                var pair = {|RCX0511:new KeyValuePair<object, int>(o, 1)|};
                var (a, b) = e;
                return fine.Item1;
            }
        }
        sealed class DictionaryEntryLike { public void Deconstruct(out object a, out object b) { a = 1; b = 2; } }
        """);
}
