using RestrictedCSharp.Analyzers.Tests.Infrastructure;
using static RestrictedCSharp.Analyzers.Tests.Infrastructure.AnalyzerRunner;

namespace RestrictedCSharp.Analyzers.Tests;

/// <summary>Every way code reaches a symbol, under the bots preset.</summary>
public class SymbolReferenceTests
{
    [Fact]
    public Task Invocation_is_reported_at_the_callee() => VerifyAsync("""
        class Bot
        {
            void Run() => {|RCX0001:System.Console.WriteLine|}("x");
        }
        """);

    [Fact]
    public Task Invocation_through_a_simple_name_qualifier_reports_once() => VerifyAsync("""
        using System;
        class Bot
        {
            void Run() { {|RCX0001:Console.WriteLine|}("x"); {|RCX0001:Console.Write|}(1); }
        }
        """);

    [Fact]
    public async Task Message_names_the_symbol_the_rule_and_the_reason()
    {
        var diagnostics = await VerifyAsync("""
            class Bot
            {
                void Run() => {|RCX0001:System.Console.WriteLine|}("x");
            }
            """);
        var message = diagnostics.Single().GetMessage();
        message.Should().StartWith("'System.Console.WriteLine(string?)' is not allowed: denied by 'deny T:System.Console' (preset:bots:");
        message.Should().EndWith("): " + Bots.Matcher.Match("T:System.Console")!.Reason);
        diagnostics.Single().Descriptor.HelpLinkUri.Should().EndWith("docs/rules/RCX0001.md");
    }

    [Fact]
    public Task Object_creation_is_reported_whole() => VerifyAsync("""
        class Bot
        {
            System.Random Make() => {|RCX0001:new System.Random()|};
            System.Random Seeded(int seed) => new System.Random(seed);
            System.Random Target() => {|RCX0001:new()|};
        }
        """);

    [Fact]
    public Task Implicit_base_constructor_calls_are_checked() => VerifyAsync("""
        class Dice : {|RCX0001:System.Random|} { }
        class Coin : System.Random { public {|RCX0001:Coin|}() { } }
        class Wheel(int sides) : {|RCX0001:System.Random|} { public int Sides => sides; }
        class Seeded : System.Random { public Seeded() : base(42) { } }
        class SeededPrimary(int seed) : System.Random(seed);
        class Chained : System.Random { public Chained() : this(1) { } public Chained(int s) : base(s) { } }
        class Plain { public Plain() { } }
        abstract class Mine { protected Mine() { } }
        class Derived : Mine { }
        """);

    [Fact]
    public Task Property_field_and_event_references_are_reported_at_the_member_access() => VerifyAsync("""
        using System;
        class Bot
        {
            DateTime When() => {|RCX0001:DateTime.Now|};
            int Ticks() => {|RCX0001:Environment.TickCount|};
            string NewLine() => Environment.NewLine;
            int Max() => int.MaxValue;
            // ProcessExit is reached through the refused AppDomain, which is the one diagnostic of this use.
            void Hook() => {|RCX0001:AppDomain.CurrentDomain|}.ProcessExit += (_, _) => { };
        }
        """);

    [Fact]
    public Task Method_group_references_are_reported() => VerifyAsync("""
        using System;
        class Bot
        {
            Action<string> Printer() => {|RCX0001:Console.WriteLine|};
            Func<string, int> Parser() => {|RCX0502:int.Parse|};
            Action<int> Adder(System.Collections.Generic.List<int> list) => list.Add;
        }
        """);

    [Fact]
    public Task Library_members_whose_work_no_tick_can_see_are_refused() => VerifyAsync("""
        using System.Collections.Generic;
        using System.Text;
        class Bot
        {
            char At(StringBuilder text) => {|RCX0001:text[0]|};
            int Between(SortedSet<int> set) => {|RCX0001:set.GetViewBetween|}(1, 5).Count;
            bool Drop(PriorityQueue<int, int> queue) => {|RCX0001:queue.Remove|}(1, out _, out _);
        }
        """);

    [Fact]
    public Task Signature_types_make_an_allowed_member_refused() => VerifyAsync("""
        class Bot
        {
            // Type's own operator == is a further user-defined operator on a refused type (two GetType() results
            // may be compared, a GetType() and a typeof may not).
            bool Same(object a) => {|RCX0001:a.GetType|}() {|RCX0001:==|} {|RCX0001:typeof(string)|};
            object? Site(System.Exception e) => {|RCX0001:e.TargetSite|};
            System.Array Make() => {|RCX0003:System.Array.CreateInstance|}({|RCX0001:typeof(int)|}, 3);
        }
        """);

    [Fact]
    public Task Not_allowlisted_symbols_are_RCX0002() => VerifyAsync("""
        class Bot
        {
            object Make() => {|RCX0002:new System.UriBuilder()|};
            {|RCX0002:System.Uri|}? Field;
        }
        """);

    [Fact]
    public Task Type_names_are_reported_in_every_position() => VerifyAsync("""
        using System.Collections.Generic;
        class Bot<T> where T : {|RCX0001:System.IO.FileStream|}
        {
            {|RCX0001:System.IO.FileInfo|}? field;
            {|RCX0001:System.IO.FileInfo|}? Property { get; set; }
            {|RCX0001:System.IO.FileInfo|}? Get({|RCX0001:System.IO.FileInfo|} parameter)
            {
                {|RCX0001:System.IO.FileInfo|}? local = null;
                object o = parameter;
                if (o is {|RCX0001:System.IO.FileInfo|} f) return f;
                var cast = ({|RCX0001:System.IO.FileInfo|})o;
                var d = default({|RCX0001:System.IO.FileInfo|});
                var array = new {|RCX0001:System.IO.FileInfo|}[3];
                // Members of a constructed type are judged with its type arguments, so they report too; once a
                // value of a refused type exists (and was reported), its own members are not reported again.
                var list = {|RCX0003:new List<{|RCX0001:System.IO.FileInfo|}>()|};
                try { } catch ({|RCX0001:System.IO.IOException|}) { }
                return local ?? cast ?? d ?? array[0] ?? list[0];
            }
        }
        """);

    [Fact]
    public Task Type_names_parsed_as_expressions_are_reported_as_the_types_they_bind_to() => VerifyAsync("""
        using IO = System.IO;
        class Bot
        {
            int Kind(object o)
            {
                switch (o)
                {
                    case {|RCX0001:System.IO.FileInfo|}:
                        return 1;
                    case {|RCX0001:IO.DirectoryInfo|} when o is not {|RCX0001:System.IO.FileInfo|}:
                        return 2;
                }

                return o switch
                {
                    {|RCX0001:System.IO.FileInfo|} => 3,
                    {|RCX0001:IO.FileInfo|} or {|RCX0001:System.IO.DirectoryInfo|} => 4,
                    not {|RCX0001:System.IO.FileStream|} => 5,
                    _ => 6,
                };
            }

            bool Is(object o) => o is {|RCX0001:System.IO.FileInfo|} || o is ({|RCX0001:System.IO.DirectoryInfo|});
        }
        """);

    [Fact]
    public Task As_tuple_elements_and_nullable_types_are_reported() => VerifyAsync("""
        class Bot
        {
            ({|RCX0001:System.IO.FileInfo|} File, int Size)? pair;

            object? Run(object o)
            {
                var asFile = o as {|RCX0001:System.IO.FileInfo|};
                ({|RCX0001:System.IO.FileInfo|}?, int) tuple = (null, 1);
                var named = ((int Id, {|RCX0001:System.IO.DirectoryInfo|}? Folder))(1, null);
                return asFile ?? (object?)tuple ?? named;
            }
        }
        """);

    [Fact]
    public Task Var_does_not_hide_what_its_initializer_reaches() => VerifyAsync("""
        class Bot
        {
            {|RCX0001:System.IO.FileInfo|} Make() => null!;

            object Run()
            {
                // Make's return type was reported where it is declared: the members of the value are not reported again.
                var file = Make();
                var name = file.Name;
                var info = {|RCX0001:new System.IO.FileInfo("x")|};
                var type = {|RCX0001:System.Type.GetType|}("x");
                var text = {|RCX0001:System.IO.File.ReadAllText|}("x");
                return (name, info, type, text);
            }
        }
        """);

    [Fact]
    public Task Type_arguments_of_called_methods_report_themselves_and_refuse_the_call() => VerifyAsync("""
        using System.Collections.Generic;
        class Bot
        {
            T Own<T>() => default!;
            static List<T> Many<T>() => new();

            object Run(Bot other)
            {
                var a = {|RCX0003:Own<{|RCX0001:System.IO.FileInfo|}>|}();
                var b = {|RCX0003:other.Own<List<{|RCX0001:System.IO.DirectoryInfo|}>>|}();
                var c = {|RCX0003:Bot.Many<{|RCX0001:System.IO.FileInfo|}[]>|}();
                var d = other?{|RCX0003:.Own<({|RCX0001:System.IO.FileInfo|}, int)>|}();
                return (a, b, c, d);
            }
        }
        """);

    [Fact]
    public Task Conditional_access_and_extension_method_calls_are_reported() => VerifyAsync("""
        using System.Linq;
        class Bot
        {
            object? Run(object? o, int[] numbers, System.Exception? e, System.Func<int> next)
            {
                var type = o?{|RCX0001:.GetType|}();
                var site = e?{|RCX0001:.TargetSite|};
                var query = {|RCX0001:numbers.AsQueryable|}();
                var again = {|RCX0001:Queryable.AsQueryable|}(numbers);
                var fine = numbers.Where(n => n > next()).Select(n => n.ToString()).ToList();
                return (type, site, query, again, fine);
            }
        }
        """);

    [Fact]
    public Task Keyword_types_are_judged_as_the_types_they_name() => VerifyAsync("""
        class Bot
        {
            {|RCX0001:double|} Half({|RCX0001:double|} x, int y)
            {
                {|RCX0001:double|}[] values = { x };
                var cast = ({|RCX0001:double|})y;
                var d = default({|RCX0001:double|});
                object boxed = y;
                string text = "";
                return cast + d + values.Length + text.Length + (boxed is {|RCX0001:double|} ? 1 : 0);
            }
        }
        """, RulesFrom("include bots\ndeny T:System.Double ; test"));

    [Fact]
    public Task Base_types_and_interfaces_are_reported() => VerifyAsync("""
        class Reader : {|RCX0001:System.IO.StringReader|}
        {
            public Reader() : {|RCX0001:base("x")|} { }
        }
        class Writer : {|RCX0001:System.IO.TextWriter|}
        {
            public override {|RCX0002:System.Text.Encoding|} Encoding => null!;
        }
        """);

    [Fact]
    public Task Primary_constructor_base_reports_the_constructor_only() => VerifyAsync("""
        class Reader(string text) : {|RCX0001:System.IO.StringReader(text)|};
        """);

    [Fact]
    public Task Generic_names_judge_their_definition_and_each_argument_reports_itself() => VerifyAsync("""
        using System.Collections.Generic;
        class Bot
        {
            List<{|RCX0001:System.Type|}>? types;
            {|RCX0001:System.Numerics.Vector|}<int> Vectors() => default;
            Dictionary<int, List<{|RCX0001:System.Type|}>>? nested;
        }
        """);

    [Fact]
    public Task Inferred_and_explicit_type_arguments_are_judged_with_the_member() => VerifyAsync("""
        using System.Linq;
        class Bot
        {
            void Run(object[] items, {|RCX0001:System.Type|}[] types)
            {
                var explicitArgument = {|RCX0003:items.OfType<{|RCX0001:System.Type|}>|}();
                var inferred = {|RCX0003:types.First|}();
            }
        }
        """);

    [Fact]
    public Task Implicit_and_user_defined_conversions_are_reported() => VerifyAsync("""
        class Bot
        {
            void Run()
            {
                {|RCX0002:System.Numerics.BigInteger|} big = {|RCX0002:5|};
                int back = {|RCX0002:(int)big|};
            }
        }
        """);

    [Fact]
    public Task User_defined_operators_are_reported_at_the_operator_token() => VerifyAsync("""
        using BigInteger = {|RCX0002:System.Numerics.BigInteger|};
        class Bot
        {
            {|RCX0002:BigInteger|} Run({|RCX0002:BigInteger|} a, {|RCX0002:BigInteger|} b)
            {
                var sum = a {|RCX0002:+|} b;
                var negative = {|RCX0002:-|}a;
                a{|RCX0002:++|};
                a {|RCX0002:+=|} b;
                return sum {|RCX0002:*|} negative;
            }
        }
        """);

    [Fact]
    public Task Typeof_is_reported_for_the_type_it_yields() => VerifyAsync("""
        class Bot
        {
            object Run() => {|RCX0001:typeof(int)|};
            object Denied() => {|RCX0001:typeof({|RCX0001:System.IO.File|})|};
        }
        """);

    [Fact]
    public Task Attribute_constructors_and_named_arguments_are_reported() => VerifyAsync("""
        using System;
        [{|RCX0002:CLSCompliant|}(true)]
        [Obsolete("old", {|RCX0001:DiagnosticId|} = "X")]
        class Bot
        {
            [{|RCX0001:System.Diagnostics.CodeAnalysis.SuppressMessage|}("a", "b")]
            void Run() { }
        }
        """, RulesFrom("include bots\ndeny P:System.ObsoleteAttribute.DiagnosticId ; test"));

    [Fact]
    // GetEnumerator, MoveNext, Current, and the struct enumerator's own Dispose (which the using in foreach runs).
    public Task Foreach_pattern_members_are_reported_at_the_collection() => VerifyAsync("""
        class Bot
        {
            void Run({|RCX0001:System.Diagnostics.ActivityTagsCollection|} tags)
            {
                foreach (var tag in {|RCX0001:{|RCX0001:{|RCX0001:{|RCX0001:tags|}|}|}|}) { }
            }
        }
        """);

    [Fact]
    public Task Foreach_over_the_game_collections_is_allowed() => VerifyAsync("""
        using System.Collections.Generic;
        class Bot
        {
            int Run(List<int> list, Dictionary<string, int> map, int[] array, string text)
            {
                var total = 0;
                foreach (var x in list) total += x;
                foreach (var (key, value) in map) total += key.Length + value;
                foreach (var x in array) total += x;
                foreach (var c in text) total += c;
                foreach (var x in list.AsReadOnly()) total += x;
                return total;
            }
        }
        """);

    [Fact]
    public Task Deconstruction_reaches_the_Deconstruct_method() => VerifyAsync("""
        using System;
        using System.Collections;
        class Bot
        {
            int Run(System.DateOnly date, {|RCX0002:DictionaryEntry|} entry, System.Tuple<int, int> pair)
            {
                var (year, month, day) = date;
                {|RCX0002:var (key, value)|} = entry;
                (int first, int second) = pair;
                return year + first;
            }

            void Own(Point point)
            {
                var (x, y) = point;
            }
        }
        record Point(int X, int Y);
        """);

    [Fact]
    public Task Positional_patterns_reach_Deconstruct_or_ITuple() => VerifyAsync("""
        class Bot
        {
            bool Run(object o, (int, int) pair, System.Collections.Generic.KeyValuePair<int, int> kv, {|RCX0002:System.Collections.DictionaryEntry|} entry) =>
                o is {|RCX0001:(1, 2)|} || pair is (1, 2) || kv is (1, 2) || entry is {|RCX0002:(1, 2)|};
        }
        """);

    [Fact]
    public Task Property_patterns_reach_the_property() => VerifyAsync("""
        class Bot
        {
            bool Run(System.Exception e) => e is { Message: "x", {|RCX0001:StackTrace|}: null };
        }
        """);

    [Fact]
    public Task Using_reaches_Dispose() => VerifyAsync("""
        class Bot
        {
            void Run(System.Func<Resource> make)
            {
                {|RCX0001:using|} (make()) { }
                {|RCX0001:using|} var resource = make();
            }
        }
        sealed class Resource : System.IDisposable { void System.IDisposable.Dispose() { } }
        """, RulesFrom("include bots\ndeny M:System.IDisposable.Dispose ; test"));

    [Fact]
    public Task Using_a_ref_struct_reaches_its_pattern_Dispose() => VerifyAsync("""
        class Bot
        {
            void Run(Lease lease)
            {
                using (lease) { }
            }
        }
        ref struct Lease { public void Dispose() { } }
        """);

    [Fact]
    public Task Query_clauses_reach_their_methods() => VerifyAsync("""
        using System.Linq;
        class Bot
        {
            object Run(int[] numbers) =>
                from n in numbers
                where n > 1
                orderby n descending
                select n * 2;

            object Queryable({|RCX0001:IQueryable|}<int> numbers) =>
                from n in numbers
                {|RCX0001:where n > 1|}
                {|RCX0001:select n * 2|};
        }
        """);

    [Fact]
    public Task Collection_initializers_reach_Add() => VerifyAsync("""
        using System.Collections.Generic;
        class Bot
        {
            object Run() => new List<int> { {|RCX0001:1|}, {|RCX0001:2|} };
            object Dictionary() => new Dictionary<int, int> { { 1, 2 }, { 3, 4 } };
        }
        """, RulesFrom("include bots\ndeny M:System.Collections.Generic.List`1.Add ; test"));

    [Fact]
    public Task Using_static_and_type_aliases_are_reported_namespace_usings_are_not() => VerifyAsync("""
        global using global::System.IO;
        using System.Diagnostics;
        using IO = System.IO;
        using static {|RCX0001:System.Console|};
        using Clock = {|RCX0001:System.Diagnostics.Stopwatch|};
        using Types = {|RCX0003:System.Collections.Generic.List<System.Type>|};
        using static System.Math;
        class Bot
        {
            double Run() => Abs(-1.0) + Max(1, 2);
        }
        """);

    [Fact]
    public Task Qualifiers_through_aliases_are_not_reported_again() => VerifyAsync("""
        using F = {|RCX0001:System.IO.File|};
        class Bot
        {
            string Run() => {|RCX0001:F.ReadAllText|}("x");
        }
        """);

    [Fact]
    public Task Nameof_and_doc_comment_references_grant_nothing() => VerifyAsync("""
        /// <summary>Not <see cref="System.IO.File"/>.</summary>
        class Bot
        {
            string Run() => nameof(System.IO.File) + nameof(System.Console.WriteLine);
        }
        """);

    [Fact]
    public Task Implicit_index_and_range_members_are_checked() => VerifyAsync("""
        using System.Collections.Generic;
        class Bot
        {
            int Run(List<int> list, int[] array, string text) => {|RCX0001:list[^1]|} + array[1..^1].Length + text[..2].Length;
        }
        """, RulesFrom("include bots\ndeny P:System.Collections.Generic.List`1.Count ; test"));

    [Fact]
    public Task Interpolated_strings_are_allowed_and_their_arguments_checked() => VerifyAsync("""
        class Bot
        {
            string Run(int x, double y) => $"{x} {y:F2} {{}}" + string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{x}");
            string Denied() => $"{{|RCX0001:System.DateTime.Now|}}";
        }
        """);

    [Fact]
    public Task Inside_feature_attributes_only_the_feature_is_reported() => VerifyAsync("""
        using System.Runtime.CompilerServices;
        using System.Runtime.InteropServices;
        [{|RCX0203:StructLayout|}(LayoutKind.Explicit)]
        struct Overlay
        {
            [{|RCX0203:FieldOffset|}(0)] public int A;
        }
        class Bot
        {
            [{|RCX0205:MethodImpl|}(MethodImplOptions.Synchronized)]
            int Run() => 1;
        }
        """);

    [Fact]
    public Task With_an_own_record_and_own_members_are_never_judged_by_name() => VerifyAsync("""
        record Move(int X, int Y);
        class Bot
        {
            Move Run(Move m) => m with { X = 1 };
            static void Console() { }
            void Call() => Console();
        }
        """);

    [Fact]
    public Task Generated_code_is_analyzed_too() => VerifyAsync("""
        // <auto-generated/>
        class Bot
        {
            void Run() => {|RCX0001:System.Console.WriteLine|}();
        }
        """);
}
