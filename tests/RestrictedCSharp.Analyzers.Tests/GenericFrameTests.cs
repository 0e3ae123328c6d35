using static RestrictedCSharp.Analyzers.Tests.Infrastructure.AnalyzerRunner;

namespace RestrictedCSharp.Analyzers.Tests;

/// <summary>
/// The frame estimate counts a value of a type parameter at the largest struct a type argument of the bot's own
/// generic code may be (RCX0505 refuses a larger one where it is supplied), so a generic function instantiated with
/// a large struct cannot have a frame far larger than its estimate.
/// </summary>
public class GenericFrameTests
{
    [Theory]
    [InlineData("Big M(Big b) => {|RCX0505:Generic.Id<Big>|}(b);")]
    [InlineData("Big M(Big b) => {|RCX0505:Generic.Id|}(b);")]
    [InlineData("object M() => {|RCX0505:new Box<Big>()|};")]
    [InlineData("Big M() => {|RCX0505:Box<Big>.Make|}();")]
    [InlineData("Func<Big, Big> M() => {|RCX0505:Generic.Id<Big>|};")]
    [InlineData("(Mid, Mid) M((Mid, Mid) p) => {|RCX0505:Generic.Id|}(p);")]
    [InlineData("Wrap<Big> M(Wrap<Big> w) => {|RCX0505:Generic.Id|}(w);")]
    [InlineData("int M() => {|RCX0505:Generic.Count<Wrap<Big>>|}();")]
    public Task A_large_struct_supplied_to_the_bots_own_generic_code_is_refused(string member) => VerifyAsync(Wrap(member));

    [Theory]
    [InlineData("int M(int x) => Generic.Id(x);")]
    [InlineData("Mid M(Mid m) => Generic.Id(m);")]
    [InlineData("string M(string s) => Generic.Id(s);")]
    [InlineData("Holder M(Holder h) => Generic.Id(h);")]
    [InlineData("List<Big> M() => new List<Big>();")]
    [InlineData("object M() => new Box<int>();")]
    [InlineData("int M() => Generic.Count<Wrap<int>>();")]
    public Task Small_structs_references_and_library_generics_are_accepted(string member) => VerifyAsync(Wrap(member));

    // Own equality, so the structs' compiler-supplied members (RCX0510) stay out of these tests.
    private const string Own = "public override bool Equals(object? o) => false; public override int GetHashCode() => 0;";

    private static string Wrap(string member) => $$"""
        using System;
        using System.Collections.Generic;
        public struct Row { public long A, B, C, D, E, F, G, H; {{Own}} }
        public struct Mid { public Row A, B, C; {{Own}} }
        public struct Big { public Row A, B, C, D, E, F, G, H; {{Own}} }
        public struct Wrap<T> { public T Value; {{Own}} }
        public sealed class Holder { public Big Value; }
        public static class Generic
        {
            public static T Id<T>(T value) { T copy = value; return copy; }
            public static int Count<T>() => 1;
        }
        public sealed class Box<T> { public static T Make() => default!; }
        public class Bot
        {
            {{member}}
        }
        """;
}
