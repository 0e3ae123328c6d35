using static RestrictedCSharp.Analyzers.Tests.Infrastructure.AnalyzerRunner;

namespace RestrictedCSharp.Analyzers.Tests;

/// <summary>
/// RCX0403's "hidden as object" paths that are easy to miss: an operator of the bot's that looks like string
/// concatenation, and a key of a type parameter boxed inside the bot's own generic code by a pattern, a loop, a method
/// group, a deconstruction or a <c>params object[]</c> argument.
/// </summary>
public class ErasedKeyEscapeTests
{
    private const string OwnPos = """
        readonly struct Pos : IEquatable<Pos>
        {
            public Pos(int x, int y) { X = x; Y = y; }
            public int X { get; }
            public int Y { get; }
            public bool Equals(Pos other) => X == other.X && Y == other.Y;
            public override bool Equals(object? obj) => obj is Pos other && Equals(other);
            public override int GetHashCode() => unchecked(X * 31 + Y);
        }
        """;

    [Fact]
    public Task A_key_given_to_the_bots_own_plus_operator_is_not_formatted_and_is_refused() => VerifyAsync($$"""
        using System;
        using System.Collections.Generic;
        {{OwnPos}}
        sealed class Sink
        {
            public readonly HashSet<object> Seen = new();
            public static string operator +(Sink s, object o) { s.Seen.Add(o); return ""; }
            public static Sink operator -(Sink s, object o) { s.Seen.Add(o); return s; }
        }
        sealed class Text
        {
            public static readonly HashSet<object> Seen = new();
            public static string operator +(string s, Text t) => s;
            public static string operator +(object o, Text t) { Seen.Add(o); return ""; }
        }
        class Bot
        {
            string A(Sink s, Pos p) => s + {|RCX0403:(p, 1)|};
            Sink B(Sink s, Pos p) => s - {|RCX0403:(p, 1)|};
            string C(Text t, Pos p) => {|RCX0403:(p, 1)|} + t;
            string D(Pos p) => "at " + (p, 1) + " and " + (p, 2);
        }
        """);

    [Fact]
    public Task A_type_parameter_boxed_by_a_pattern_a_loop_a_method_group_a_deconstruction_a_tuple_or_params_is_hashed() => VerifyAsync($$"""
        using System;
        using System.Collections.Generic;
        {{OwnPos}}
        sealed class Holder<T>
        {
            public Holder(T value) { Value = value; }
            public T Value { get; }
            public void Deconstruct(out T value, out int n) { value = Value; n = 1; }
        }
        static class Boxes
        {
            public static readonly HashSet<object> Seen = new();
            public static void Pattern<T>(T t) { if (t is object o) Seen.Add(o); }
            public static void Switch<T>(T t) { switch (t) { case object o: Seen.Add(o); break; } }
            public static void SwitchExpression<T>(T t) => Seen.Add(t switch { object o => o, _ => 0 });
            public static void Loop<T>(List<T> ts) { foreach (object o in ts) Seen.Add(o); }
            public static void Group<T>(Func<T> make) where T : class { Func<object> f = make.Invoke; Seen.Add(f()); }
            public static void Parts<T>(Holder<T> pair) { (object o, int n) = pair; Seen.Add(o); }
            public static void LoopParts<T>(List<Holder<T>> pairs) { foreach ((object o, int n) in pairs) Seen.Add(o); }
            public static void Params<T>(T t) => Add(t);
            static void Add(params object[] items) { foreach (var item in items) Seen.Add(item); }
        }
        class Bot
        {
            void A(Pos p)
            {
                {|RCX0403:Boxes.Pattern((p, 1))|};
                {|RCX0403:Boxes.Switch((p, 1))|};
                {|RCX0403:Boxes.SwitchExpression((p, 1))|};
                {|RCX0403:Boxes.Loop(new List<(Pos, int)> { (p, 1) })|};
                {|RCX0403:Boxes.Group(() => Tuple.Create(p, "x"))|};
                {|RCX0403:Boxes.Parts(new Holder<(Pos, int)>((p, 1)))|};
                {|RCX0403:Boxes.LoopParts(new List<Holder<(Pos, int)>>())|};
                {|RCX0403:Boxes.Params((p, 1))|};
            }
        }
        """);

    [Fact]
    public Task Own_generic_code_that_keeps_the_type_parameter_named_is_accepted() => VerifyAsync($$"""
        using System;
        using System.Collections.Generic;
        {{OwnPos}}
        sealed class Holder<T>
        {
            public Holder(T value) { Value = value; }
            public T Value { get; }
            public void Deconstruct(out T value, out int n) { value = Value; n = 1; }
        }
        static class Plain
        {
            public static int Pattern<T>(T t) => t is T same ? 1 : 0;
            public static int Loop<T>(List<T> ts) { var n = 0; foreach (T t in ts) n++; return n; }
            public static T Group<T>(Func<T> make) { Func<T> f = make.Invoke; return f(); }
            public static T Parts<T>(Holder<T> pair) { (T t, int n) = pair; return t; }
            public static string Text<T>(T t) => "at " + t;
        }
        class Bot
        {
            int A(Pos p) => Plain.Pattern((p, 1)) + Plain.Loop(new List<(Pos, int)>()) + Plain.Group(() => (p, 1)).Item2 + Plain.Parts(new Holder<(Pos, int)>((p, 1))).Item2 + Plain.Text((p, 1)).Length;
        }
        """);
}
