using static RestrictedCSharp.Analyzers.Tests.Infrastructure.AnalyzerRunner;

namespace RestrictedCSharp.Analyzers.Tests;

/// <summary>
/// Per-process values under the bots preset: hash codes that differ between processes (RCX0401),
/// <c>new()</c> type arguments whose constructor the rules refuse (RCX0402), and the denied APIs that
/// expose a per-process value or order (RCX0001).
/// </summary>
public class DeterminismTests
{
    [Theory]
    [InlineData("int H(string s) => {|RCX0401:s.GetHashCode|}();")]
    [InlineData("int H(string s) => {|RCX0401:string.GetHashCode|}(s.AsSpan());")]
    [InlineData("int H(string s) => {|RCX0401:s.GetHashCode|}(StringComparison.Ordinal);")]
    [InlineData("int H(string s) => {|RCX0401:StringComparer.OrdinalIgnoreCase.GetHashCode|}(s);")]
    [InlineData("int H(string s) => {|RCX0401:StringComparer.Ordinal.GetHashCode|}((object)s);")]
    [InlineData("int H(string s) => {|RCX0401:EqualityComparer<string>.Default.GetHashCode|}(s);")]
    [InlineData("int H(int s) => {|RCX0401:EqualityComparer<int>.Default.GetHashCode|}(s);")]
    [InlineData("int H(IEqualityComparer<int> c) => {|RCX0401:c.GetHashCode|}(1);")]
    [InlineData("int H(int a, int b) => {|RCX0401:(a, b).GetHashCode|}();")]
    [InlineData("int H(int a, int b) => {|RCX0401:Tuple.Create(a, b).GetHashCode|}();")]
    [InlineData("int H(int[] a) => {|RCX0401:((System.Collections.IStructuralEquatable)a).GetHashCode|}(EqualityComparer<int>.Default);")]
    [InlineData("int H(int a) => {|RCX0401:new KeyValuePair<int, int>(a, a).GetHashCode|}();")]
    [InlineData("int H(long a) => {|RCX0401:((Int128)a).GetHashCode|}();")]
    [InlineData("int H(ulong a) => {|RCX0401:((UInt128)a).GetHashCode|}();")]
    [InlineData("int H(int a) => {|RCX0401:(1..a).GetHashCode|}();")]
    [InlineData("int H(int a) => {|RCX0401:(^a).GetHashCode|}();")]
    [InlineData("int H(float a) => {|RCX0401:new System.Numerics.Vector2(a, a).GetHashCode|}();")]
    [InlineData("int H() => {|RCX0401:new object().GetHashCode|}();")]
    [InlineData("int H(int a) => {|RCX0401:((object)a).GetHashCode|}();")]
    [InlineData("int H(Action a) => {|RCX0401:a.GetHashCode|}();")]
    [InlineData("int H(List<int> a) => {|RCX0401:a.GetHashCode|}();")]
    [InlineData("int H(string s) => {|RCX0401:ReferenceEqualityComparer.Instance.GetHashCode|}(s);")]
    [InlineData("int H<T>(T t) => {|RCX0401:t!.GetHashCode|}();")]
    [InlineData("int H<T>(T t) where T : struct => {|RCX0401:t.GetHashCode|}();")]
    [InlineData("int H(string s) => s?{|RCX0401:.GetHashCode|}() ?? 0;")]
    [InlineData("int H(int a) => {|RCX0401:new { a }.GetHashCode|}();")]
    [InlineData("int H() => {|RCX0401:GetHashCode|}();")]
    [InlineData("int H() => {|RCX0401:this.GetHashCode|}();")]
    [InlineData("Func<int> H(string s) => {|RCX0401:s.GetHashCode|};")]
    [InlineData("IEnumerable<int> H(string[] s) => s.Select({|RCX0401:StringComparer.Ordinal.GetHashCode|});")]
    public Task Hash_reads_that_differ_between_processes_are_refused(string member) => VerifyAsync(Wrap(member));

    [Theory]
    [InlineData("int H(int a) => a.GetHashCode();")]
    [InlineData("int H(long a, ulong b, short c, byte d, sbyte e, ushort f, uint g) => a.GetHashCode() ^ b.GetHashCode() ^ c.GetHashCode() ^ d.GetHashCode() ^ e.GetHashCode() ^ f.GetHashCode() ^ g.GetHashCode();")]
    [InlineData("int H(bool a, char b, float c, double d, decimal e, nint f, nuint g) => a.GetHashCode() ^ b.GetHashCode() ^ c.GetHashCode() ^ d.GetHashCode() ^ e.GetHashCode() ^ f.GetHashCode() ^ g.GetHashCode();")]
    [InlineData("int H(Half a, Guid b, DateTime c, TimeSpan d, DateOnly e, TimeOnly f, DateTimeOffset g) => a.GetHashCode() ^ b.GetHashCode() ^ c.GetHashCode() ^ d.GetHashCode() ^ e.GetHashCode() ^ f.GetHashCode() ^ g.GetHashCode();")]
    [InlineData("int H(System.Text.Rune a, DayOfWeek b, int? c) => a.GetHashCode() ^ b.GetHashCode() ^ c.GetHashCode();")]
    [InlineData("int H(int? a) => a?.GetHashCode() ?? 0;")]
    [InlineData("Func<int> H(int a) => a.GetHashCode;")]
    [InlineData("int H(Cell c) => c.GetHashCode();")]
    [InlineData("int H(Shape s) => s.GetHashCode();")]
    [InlineData("int H(Sealed r) => r.GetHashCode();")]
    [InlineData("int H(Pair p) => p.GetHashCode();")]
    [InlineData("int H(Comparer c, Cell a) => c.GetHashCode(a);")]
    [InlineData("int H(Circle c) => c.GetHashCode();")]
    public Task Deterministic_hash_reads_are_accepted(string member) => VerifyAsync(Wrap(member));

    [Fact]
    public Task Own_overrides_are_judged_by_what_they_run() => VerifyAsync("""
        using System.Collections.Generic;
        class Identity { public override int GetHashCode() => {|RCX0401:base.GetHashCode|}(); }
        class Derived : Base { public override int GetHashCode() => base.GetHashCode() * 7; }
        class Base { public override int GetHashCode() => 3; }
        record Open(int X) { public override int GetHashCode() => X; }
        sealed record Derived2(int X, string S) : Open(X);
        sealed record Closed(int X) { public override int GetHashCode() => X; }
        sealed record Generated(int X);
        record struct Value(int X);
        class Bot
        {
            int A(Open o) => {|RCX0401:o.GetHashCode|}();
            int B(Closed c) => c.GetHashCode();
            int C(Generated g) => {|RCX0401:g.GetHashCode|}();
            int D(Value v) => {|RCX0401:v.GetHashCode|}();
            int E(Derived d) => d.GetHashCode();
            int F(Derived2 d) => {|RCX0401:d.GetHashCode|}();
        }
        interface IHashed { int GetHashCode(); }
        class Marker : IHashed { }
        class User { int H(IHashed h) => {|RCX0401:h.GetHashCode|}(); }
        """);

    [Fact]
    public async Task Message_says_why_and_what_to_do_instead()
    {
        var diagnostics = await VerifyAsync(Wrap("int H(string s) => {|RCX0401:s.GetHashCode|}();"));
        var message = diagnostics.Single().GetMessage();
        message.Should().Contain("'string.GetHashCode()'").And.Contain("seeded differently in every process")
            .And.Contain("declare GetHashCode on your own type").And.Contain("unchecked(x * 31 + y)");
        diagnostics.Single().Descriptor.HelpLinkUri.Should().EndWith("docs/rules/RCX0401.md");
    }

    [Theory]
    [InlineData("int H() => {|RCX0001:HashCode.Combine|}(1, 2);")]
    [InlineData("int H() => {|RCX0001:System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode|}(this);")]
    [InlineData("string H() => {|RCX0001:System.Collections.Immutable.ImmutableHashSet.Create|}(\"a\", \"b\").First();")]
    [InlineData("string H(string[] a) => {|RCX0001:a.ToImmutableHashSet|}().First();")]
    [InlineData("string H(string[] a) => {|RCX0001:a.ToImmutableDictionary|}(x => x).First().Key;")]
    [InlineData("int H(int[] a) => {|RCX0001:a.Shuffle|}().First();")]
    [InlineData("int H() => {|RCX0001:new Lazy<Random>()|}.Value.Next();")]
    [InlineData("int H() => {|RCX0001:new Lazy<Random>(true)|}.Value.Next();")]
    [InlineData("int H() => {|RCX0001:new Lazy<Random, int>(1)|}.Value.Next();")]
    public Task Apis_that_expose_a_per_process_value_or_order_are_denied(string member) => VerifyAsync(Wrap(member));

    [Theory]
    [InlineData("int H() => new Lazy<Random>(() => new Random(1)).Value.Next();")]
    [InlineData("int H() => new Lazy<int>(3).Value;")]
    [InlineData("int H() => new Lazy<Random, int>(() => new Random(1), 1).Value.Next();")]
    [InlineData("string H(string[] a) => a.ToImmutableSortedSet(StringComparer.Ordinal).First();")]
    [InlineData("int H(int[] a) { new Random(7).Shuffle(a); return a[0]; }")]
    [InlineData("int H(string[] a) => a.Distinct().Count() + a.GroupBy(x => x.Length).Count() + new HashSet<string>(a).Count + a.ToDictionary(x => x).Count;")]
    public Task Deterministic_alternatives_are_accepted(string member) => VerifyAsync(Wrap(member));

    [Fact]
    public Task New_constraint_type_arguments_need_an_allowed_constructor() => VerifyAsync("""
        using System;
        using System.Collections.Generic;
        sealed class Pool<T> where T : new() { public T Take() => new T(); }
        sealed class Plain<T> { }
        static class Make
        {
            public static T One<T>() where T : new() => new T();
            public static T Pass<T>() where T : new() => One<T>();
            public static T With<T>(this T seed) where T : new() => new T();
        }
        sealed class Own { }
        class Bot
        {
            Random A() => {|RCX0402:Make.One<Random>|}();
            Random B() => {|RCX0402:new Pool<Random>()|}.Take();
            Random C() => {|RCX0402:Make.Pass<Random>|}();
            Random D(Random r) => {|RCX0402:r.With|}();
            object E() => {|RCX0402:new Plain<Pool<Random>>()|};
            List<int> F() => Make.One<List<int>>();
            Own G() => Make.One<Own>();
            int H() => Make.One<int>();
            Random I() => new Pool<Random2>().Take();
        }
        sealed class Random2 : Random { public Random2() : base(42) { } }
        """);

    [Fact]
    public Task New_constraint_type_arguments_of_static_and_struct_members_are_judged_too() => VerifyAsync("""
        using System;
        static class Factory<T> where T : new() { public static T Make() => new T(); public static T Made => new T(); }
        struct Slot<T> where T : new() { public T Fill() => new T(); }
        class Bot
        {
            Random A() => {|RCX0402:Factory<Random>.Make|}();
            Random B() => {|RCX0402:Factory<Random>.Made|};
            Random C() => {|RCX0402:default(Slot<Random>).Fill|}();
            Random D(Slot<Random> slot) => {|RCX0402:slot.Fill|}();
            int E() => Factory<int>.Make();
        }
        """);

    [Fact]
    public async Task New_constraint_message_names_the_constructor_and_the_way_out()
    {
        var diagnostics = await VerifyAsync("""
            static class Make { public static T One<T>() where T : new() => new T(); }
            class Bot { System.Random A() => {|RCX0402:Make.One<System.Random>|}(); }
            """);
        var message = diagnostics.Single().GetMessage();
        message.Should().StartWith("'System.Random' cannot stand for 'T'").And.Contain("'System.Random.Random()'")
            .And.Contain("an unseeded Random is not deterministic").And.Contain("pass a factory");
    }

    [Fact]
    public Task Own_Equals_without_an_own_GetHashCode_is_refused_at_the_type() => VerifyAsync("""
        using System;
        sealed record {|RCX0403:OnlyEquals|}(string Name)
        {
            public bool Equals(OnlyEquals? other) => other is not null && Name.Length == other.Name.Length;
        }
        record struct {|RCX0403:ValueOnlyEquals|}(int X)
        {
            public bool Equals(ValueOnlyEquals other) => X == other.X;
        }
        class {|RCX0403:IdentityHash|}
        {
            public int X;
            public override bool Equals(object? obj) => obj is IdentityHash o && o.X == X;
        }
        struct {|RCX0403:RuntimeHash|} : IEquatable<RuntimeHash>
        {
            public int X;
            public bool Equals(RuntimeHash other) => X == other.X;
        }
        class {|RCX0403:OnlyTyped|} : IEquatable<OnlyTyped>
        {
            public int X;
            public bool Equals(OnlyTyped? other) => other is not null && other.X == X;
        }
        class Bot { }
        """);

    [Fact]
    public Task Equals_with_an_own_GetHashCode_and_types_without_own_Equals_are_accepted() => VerifyAsync("""
        using System;
        using System.Collections.Generic;
        sealed record Both(string Name)
        {
            public bool Equals(Both? other) => other is not null && Name.Length == other.Name.Length;
            public override int GetHashCode() => Name.Length;
        }
        record Plain(int X, string S);
        record struct PlainValue(int X);
        class Ordinary { public int X; }
        struct Point { public int X; public int Y; }
        class Keyed
        {
            public int X;
            public override bool Equals(object? obj) => obj is Keyed o && o.X == X;
            public override int GetHashCode() => X;
        }
        class DerivedKeyed : Keyed
        {
            public int Y;
            public override bool Equals(object? obj) => obj is DerivedKeyed o && o.X == X && o.Y == Y;
        }
        abstract class Shape
        {
            public override bool Equals(object? obj) => ReferenceEquals(this, obj);
            public abstract override int GetHashCode();
        }
        sealed class Square : Shape { public override int GetHashCode() => 4; }
        class HashOnly { public override int GetHashCode() => 1; }
        class Unrelated { public bool Equals(int x) => x == 1; }
        sealed class Comparer : IEqualityComparer<Keyed>
        {
            public bool Equals(Keyed? a, Keyed? b) => a?.X == b?.X;
            public int GetHashCode(Keyed k) => k.X;
        }
        class Bot { }
        """);

    [Fact]
    public async Task Own_Equals_message_says_where_the_hash_comes_from_and_what_to_do()
    {
        var diagnostics = await VerifyAsync("""
            struct {|RCX0403:Cell|} { public int X; public override bool Equals(object? o) => o is Cell c && c.X == X; }
            """);
        diagnostics.Single().GetMessage().Should().StartWith("'Cell' declares Equals, but its GetHashCode is the runtime's value-type hash")
            .And.Contain("declare GetHashCode too");
    }

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
        sealed class Node { public Pos At; }
        record BaseKey(int A)
        {
            public virtual bool Equals(BaseKey? other) => other is not null && other.A == A;
            public override int GetHashCode() => A;
        }
        enum Dir { Up, Down }
        """;

    [Fact]
    public Task Own_records_and_structs_whose_generated_equality_reaches_an_own_Equals_under_a_per_process_hash_are_refused() => VerifyAsync($$"""
        using System;
        {{OwnPos}}
        record {|RCX0403:WithText|}(Pos P, string Name);
        record struct {|RCX0403:WithTuple|}(Pos P, (int, int) D);
        struct {|RCX0403:Fields|} { public Pos P; public int N; }
        struct {|RCX0403:FieldsOfTuples|} { public (Pos, int) P; }
        record {|RCX0403:DerivedWithText|}(string S) : BaseKey(1);
        record {|RCX0403:WithIdentity|}(Node N, Pos P);
        record struct {|RCX0403:WithKeyValue|}(System.Collections.Generic.KeyValuePair<Pos, int> Pair);
        class Bot { }
        """);

    [Fact]
    public Task Own_records_over_parts_whose_hashes_are_the_same_everywhere_and_classes_are_accepted() => VerifyAsync($$"""
        using System;
        {{OwnPos}}
        record Key(Pos P, int Turn);
        record struct Step(Pos P, Dir D, long T, Pos? Maybe);
        record DerivedKey(int B) : BaseKey(B);
        record Outer(Key K, Step S, Tuple<Pos, int> T);
        record Plain(string S, int X);
        struct Raw { public int X; public string S; public (string, int) T; }
        class Holder { public Pos P; public (Pos, int) T; public string S = ""; }
        class Bot { }
        """);

    [Fact]
    public Task Hashed_tuples_anonymous_types_and_key_value_pairs_over_an_own_Equals_are_refused() => VerifyAsync($$"""
        using System;
        using System.Collections.Generic;
        using System.Linq;
        {{OwnPos}}
        class Cache<T> { readonly HashSet<T> _seen = new(); }
        class Pass<T> { readonly Cache<T> _inner = new(); }
        static class Counting { public static int Count<T>(IEnumerable<T> items) => items.Distinct().Count(); }
        class Bot
        {
            object A() => {|RCX0403:new HashSet<(Pos, int)>()|};
            object B() => {|RCX0403:new Dictionary<(Pos, Dir), int>()|};
            object C(List<Pos> ps) => {|RCX0403:ps.Select(p => (p, 1)).Distinct()|}.Count();
            object D(List<Pos> ps) => {|RCX0403:ps.GroupBy(p => new { p, S = "a" })|}.Count();
            object E(List<Pos> ps) => {|RCX0403:ps.ToDictionary(p => new KeyValuePair<Pos, int>(p, 1), p => 1)|};
            object F(List<Pos> ps) => {|RCX0403:ps.Select(p => Tuple.Create(p, "x")).ToHashSet()|};
            object G() => {|RCX0403:new Cache<(Pos, int)>()|};
            object H() => {|RCX0403:new HashSet<(Pos, int)?>()|};
            {|RCX0403:HashSet<(Pos, int)>|} J = [];
            object K() => {|RCX0403:new Pass<(Pos, int)>()|};
            int L(List<(Pos, int)> a) => {|RCX0403:Counting.Count(a)|};
        }
        """);

    [Fact]
    public Task Tuples_of_own_Equals_that_are_not_hashed_and_keys_with_the_same_hash_everywhere_are_accepted() => VerifyAsync($$"""
        using System;
        using System.Collections.Generic;
        using System.Linq;
        {{OwnPos}}
        record Key(Pos P, int Turn);
        class Box<T> { }
        class Wrapper<T> { public List<T> Items = new(); public Stack<T> Later = new(); }
        static class Generic { public static T Id<T>(T t) => t; }
        class Bot
        {
            (Pos, int) Best(List<Pos> ps) => (ps[0], 1);
            bool Seen(List<(Pos, int)> seen, Pos p) => seen.Contains((p, 1)) || seen.IndexOf((p, 2)) >= 0 || seen.AsEnumerable().Contains((p, 3));
            object A() => new HashSet<Key>();
            Dictionary<Pos, (Pos, int)> B() => new Dictionary<Pos, (Pos, int)>();
            object C() => new HashSet<(int, int)>();
            object D() => new HashSet<(string, int)>();
            object E(List<Pos> ps) => ps.GroupBy(p => new { p, N = 1 }).Count();
            object F(List<Pos> ps) => ps.Select(p => Tuple.Create(p, 1)).ToHashSet();
            List<(Pos, int)> G(List<Pos> ps) => ps.Select(p => (p, 1)).OrderBy(t => t.Item2).ToList();
            object H() => new HashSet<Box<Pos>>();
            object I(List<(Pos, int)> a, List<(Pos, int)> b) => a.SequenceEqual(b);
            object J(Pos p) => new Wrapper<(Pos, int)>().Items.Contains(Generic.Id((p, 1)));
        }
        """);

    [Fact]
    public Task Risky_composites_converted_to_object_ValueType_or_an_interface_are_refused_where_converted() => VerifyAsync($$"""
        using System;
        using System.Collections.Generic;
        using System.Linq;
        {{OwnPos}}
        class Bot
        {
            object A(Pos p) => new HashSet<object> { {|RCX0403:(p, 1)|} };
            object B(Pos p) => new HashSet<object>(new object[] { {|RCX0403:(p, 1)|} });
            int C(List<(Pos, int)> a) => {|RCX0403:a|}.Cast<object>().Distinct().Count();
            int D(List<(Pos, int)> a) => a.Select(t => {|RCX0403:(object)t|}).Distinct().Count();
            object E(Pos p) => {|RCX0403:(p, "x")|};
            ValueType F(Pos p) => {|RCX0403:(p, 1)|};
            IEquatable<(Pos, int)> G(Pos p) => {|RCX0403:(p, 1)|};
            System.Collections.IList H(List<(Pos, int)> a) => {|RCX0403:a|};
            System.Collections.IStructuralEquatable I(Pos p) => {|RCX0403:(p, 1)|};
            IEnumerable<object> J(List<Tuple<Pos, string>> a) => {|RCX0403:a|};
            object[] K(Tuple<Pos, string>[] a) => {|RCX0403:a|};
            List<object> L(Pos p) => [{|RCX0403:(p, 1)|}];
            object M(Pos p) => {|RCX0403:new { p, S = "a" }|};
            object N(Pos p) => {|RCX0403:new KeyValuePair<Pos, int>(p, 1)|};
            object O((Pos, int) t) => {|RCX0403:(IComparable)t|};
            int P(List<(Pos, int)> a) { var s = new HashSet<object>(); foreach ({|RCX0403:object|} o in a) s.Add(o); return s.Count; }
            object Q(Pos? p) => {|RCX0403:(p, 1)|};
            bool S(Pos p, HashSet<object> seen) => seen.Add({|RCX0403:(p, 1)|});
            object T((Pos, int)? t) => {|RCX0403:t|};
            IEnumerable<object> U(IEnumerable<Tuple<Pos, string>> a) => {|RCX0403:a|};
            int V(IEnumerable<(Pos, int)> a) { var s = new HashSet<object>(); foreach ({|RCX0403:object|} o in a) s.Add(o); return s.Count; }
            object W(((Pos, int), int) pair) { {|RCX0403:(object o, int n)|} = pair; return o; }
            void X(List<((Pos, int), int)> pairs, HashSet<object> s) { foreach ({|RCX0403:(object o, int n)|} in pairs) s.Add(o); }
            Tuple<Pos, string> Make() => Tuple.Create(new Pos(1, 2), "");
            Func<object> Y() => {|RCX0403:Make|};
            object Z((Pos, int) t) => t is {|RCX0403:object o|} ? o : 0;
            object Z2((Pos, int) t) => t is {|RCX0403:IEquatable<(Pos, int)> { } e|} ? e : 0;
        }
        """);

    [Fact]
    public Task A_sequence_or_a_delegate_of_risky_composites_hidden_as_object_is_refused_where_hidden() => VerifyAsync($$"""
        using System;
        using System.Collections;
        using System.Collections.Generic;
        {{OwnPos}}
        class Bot
        {
            int A(List<(Pos, int)> a) { object o = {|RCX0403:a|}; var s = new HashSet<object>(); foreach (var x in (IEnumerable)o) s.Add(x); return s.Count; }
            object B(Dictionary<Pos, (Pos, int)> d) => {|RCX0403:d|};
            object C(List<Tuple<Pos, string>>[] nested) => {|RCX0403:nested|};
            object D(List<(Pos, int)> a) => {|RCX0403:a|};
            int E(Func<Tuple<Pos, string>> make) { Func<object> f = {|RCX0403:make|}; var s = new HashSet<object> { f() }; return s.Count; }
        }
        """);

    [Fact]
    public Task A_risky_composite_boxed_inside_the_bots_own_generic_method_is_refused_where_it_is_substituted() => VerifyAsync($$"""
        using System;
        using System.Collections.Generic;
        {{OwnPos}}
        static class Boxes { public static object Box<T>(T t) => t; }
        class Bot
        {
            int A(Pos p) { var s = new HashSet<object>(); s.Add({|RCX0403:Boxes.Box((p, 1))|}); return s.Count; }
        }
        """);

    [Fact]
    public Task Composites_with_the_same_hash_everywhere_still_visible_or_only_formatted_are_accepted_when_converted() => VerifyAsync($$"""
        using System;
        using System.Collections.Generic;
        using System.Linq;
        {{OwnPos}}
        record Key(Pos P, int Turn);
        class Bot
        {
            object A(int a) => (a, 1);
            object B(string s) => (s, 1);
            object C(Pos p) => p;
            string D(Pos p) { var t = (p, 1); return $"{t}"; }
            string E(Pos p) { var t = (p, 1); return "at " + t; }
            object F(Pos p) => new Key(p, 1);
            object G(Pos p) => Tuple.Create(p, 1);
            IEnumerable<(Pos, int)> H(List<(Pos, int)> a) => a;
            (Pos, long) I(Pos p) => (p, 1);
            (Pos, int)? J(Pos p) => (p, 1);
            object K(Pos p) => new { p, N = 1 };
            IEquatable<Pos> L(Pos p) => p;
            object M(string s, int a) => new HashSet<object> { (s, a), new KeyValuePair<int, int>(a, a) };
            FormattableString N(Pos p) { var t = (p, 1); return $"{t}"; }
            string O(Pos p) { var t = (p, 1); return $"{t,5}"; }
            IEnumerable<(Pos, int)> P(List<(Pos, int)> a) => a;
            IReadOnlyList<(Pos, int)> Q(List<(Pos, int)> a) => a;
            object R((Pos, int) t) { (object p, int n) = t; var (q, m) = t; return p; }
            void S(List<(Pos, int)> a, HashSet<object> s) { foreach ((object p, var n) in a) s.Add(p); }
            Func<object> T() => MakeKey;
            Key MakeKey() => new Key(new Pos(1, 2), 1);
            int U((Pos, int) t) => t is (Pos p, int n) and var w ? w.Item2 + n + p.X : 0;
        }
        """);

    [Fact]
    public async Task Boxing_message_says_to_declare_a_record_struct_with_its_own_Equals_and_GetHashCode()
    {
        var diagnostics = await VerifyAsync($$"""
            using System;
            using System.Collections.Generic;
            {{OwnPos}}
            class Bot { object A(Pos p) => {|RCX0403:(p, 1)|}; }
            """);
        diagnostics.Single().GetMessage().Should().StartWith("'(Pos p, int)' is converted to 'object', out of sight of where it is hashed, and compares its part 'Pos'")
            .And.Contain("declare a record struct with its own Equals and GetHashCode");
    }

    [Fact]
    public async Task Generated_equality_messages_name_the_part_and_the_way_out()
    {
        var diagnostics = await VerifyAsync($$"""
            using System;
            using System.Collections.Generic;
            {{OwnPos}}
            record {|RCX0403:Move|}(Pos From, string Tag);
            class Bot { object A() => {|RCX0403:new HashSet<(Pos, int)>()|}; }
            """);
        var messages = diagnostics.Select(d => d.GetMessage()).ToList();
        messages.Should().Contain(m => m.StartsWith("'Move' compares its part 'Pos' with the Equals the bot declares, but its generated GetHashCode")
            && m.Contains("declare Equals and GetHashCode on 'Move'"));
        messages.Should().Contain(m => m.StartsWith("'(Pos, int)' is hashed by 'System.Collections.Generic.HashSet<T>' and compares its part 'Pos'")
            && m.Contains("use a type of your own that declares Equals and GetHashCode as the key"));
    }

    private static string Wrap(string member) => $$"""
        using System;
        using System.Collections.Generic;
        using System.Collections.Immutable;
        using System.Linq;
        readonly struct Cell(int x, int y) : IEquatable<Cell>
        {
            public int X { get; } = x;
            public int Y { get; } = y;
            public bool Equals(Cell other) => X == other.X && Y == other.Y;
            public override bool Equals(object? obj) => obj is Cell other && Equals(other);
            public override int GetHashCode() => unchecked(X * 31 + Y);
        }
        abstract class Shape { public abstract override int GetHashCode(); }
        sealed class Circle : Shape { public override int GetHashCode() => 1; }
        sealed record Sealed(string Name) { public override int GetHashCode() => Name.Length; }
        record struct Pair(int A, int B) { public override int GetHashCode() => A ^ B; }
        sealed class Comparer : IEqualityComparer<Cell>
        {
            public bool Equals(Cell a, Cell b) => a.Equals(b);
            public int GetHashCode(Cell c) => c.GetHashCode();
        }
        class Bot
        {
            {{member}}
        }
        """;
}
