using static RestrictedCSharp.Analyzers.Tests.Infrastructure.AnalyzerRunner;

namespace RestrictedCSharp.Analyzers.Tests;

/// <summary>
/// What public bots for other games are written with, as the bots preset judges it: the harmless patterns are
/// accepted; what stays refused says why, once per use, with a way forward.
/// </summary>
public class RealBotPatternsTests
{
    [Fact]
    public Task Drawing_points_sizes_and_rectangles_are_accepted() => VerifyAsync("""
        using System.Drawing;
        class Bot
        {
            int Run()
            {
                var p = new Point(1, 2);
                p.Offset(3, 4);
                var s = new Size(5, 6);
                var r = new Rectangle(p, s);
                r.Inflate(1, 1);
                var f = new PointF(1.5f, 2.5f);
                var rf = RectangleF.FromLTRB(0, 0, 10, 10);
                var moved = p + s;
                var same = p == new Point(4, 6) && p.Equals(moved) && !p.IsEmpty;
                return r.Width + moved.X + (int)f.X + (int)rf.Width + (same ? 1 : 0) + Point.Round(f).Y + new SizeF(1, 2).ToSize().Height
                    + (r.Contains(p) ? 1 : 0) + Rectangle.Intersect(r, new Rectangle(0, 0, 3, 3)).Height + p.ToString().Length;
            }
        }
        """);

    [Fact]
    public Task Drawing_hash_codes_stay_refused_since_they_use_the_per_process_seed() => VerifyAsync("""
        using System.Collections.Generic;
        using System.Drawing;
        class Bot
        {
            int Hash(Point p, Rectangle r, PointF f) => {|RCX0401:p.GetHashCode|}() + {|RCX0401:r.GetHashCode|}() + {|RCX0401:f.GetHashCode|}();
            // As keys they are fine: Dictionary and HashSet enumerate in insertion order, whatever the hashes.
            int Keys() { var seen = new HashSet<Point> { new Point(1, 1) }; var map = new Dictionary<Size, int>(); map[new Size(1, 2)] = 3; return seen.Count + map.Count; }
        }
        """);

    [Fact]
    public Task The_non_generic_collections_and_serialization_attributes_are_accepted() => VerifyAsync("""
        using System;
        using System.Collections;
        [Serializable]
        class State
        {
            public int Turn;
            [NonSerialized] public int Cache;
        }
        class Bot
        {
            int Run()
            {
                var list = new ArrayList(16) { 1, "two" };
                list.Add(3);
                list.Sort(new OrderByText());
                var copy = (ArrayList)list.Clone();
                var stack = new Stack(4);
                stack.Push(1);
                var queue = new Queue();
                queue.Enqueue(stack.Pop());
                var filled = ArrayList.Repeat(0, 8);
                foreach (var item in list) { }
                return list.Count + copy.Count + (int)queue.Dequeue()! + filled.Count + stack.Count + list.IndexOf(3);
            }
        }
        class OrderByText : IComparer
        {
            public int Compare(object? x, object? y) => string.CompareOrdinal(x?.ToString(), y?.ToString());
        }
        """);

    [Fact]
    public Task What_stays_refused_of_the_non_generic_collections_says_why() => VerifyAsync("""
        using System.Collections;
        class Bot
        {
            int Run(ICollection source)
            {
                var table = {|RCX0001:new Hashtable()|};
                var shared = {|RCX0001:ArrayList.Synchronized|}(new ArrayList());
                var copied = {|RCX0001:new ArrayList(source)|};
                var stack = {|RCX0001:new Stack(source)|};
                var queue = {|RCX0001:Queue.Synchronized|}(new Queue());
                return shared.Count + copied.Count + stack.Count + queue.Count;
            }
            // Their hash codes are object identity hashes, which differ between processes.
            int Hash(ArrayList list, Stack stack) => {|RCX0401:list.GetHashCode|}() + {|RCX0401:stack.GetHashCode|}();
        }
        """);

    [Fact]
    public async Task Hashtable_is_refused_because_it_enumerates_in_hash_order()
    {
        var diagnostics = await RunAsync("class Bot { object Run() => new System.Collections.Hashtable(); }");
        diagnostics.Single().GetMessage().Should().Contain("enumerates in hash order, which differs between processes: use Dictionary<TKey, TValue>");
    }

    [Fact]
    public Task A_memory_stream_is_accepted_and_its_asynchronous_members_are_not() => VerifyAsync("""
        using System.IO;
        class Bot
        {
            int Run()
            {
                using var ms = new MemoryStream(64);
                ms.WriteByte(1);
                ms.Write(new byte[] { 2, 3 }, 0, 2);
                ms.Position = 0;
                ms.Seek(1, SeekOrigin.Begin);
                var b = ms.ReadByte();
                var copy = new MemoryStream();
                ms.CopyTo(copy);
                Stream s = copy;
                return b + ms.ToArray().Length + (int)s.Length;
            }
            // Signature closure: Task is refused, so is everything that returns one.
            object Later(MemoryStream ms) => {|RCX0003:ms.ReadAsync|}(new byte[1], 0, 1);
        }
        """);

    [Fact]
    public async Task Console_error_output_is_one_diagnostic_with_the_console_reason()
    {
        var diagnostics = await RunAsync("class Bot { void Run() => System.Console.Error.WriteLine(\"x\"); }");
        diagnostics.Should().ContainSingle();
        diagnostics[0].GetMessage().Should().Contain("deny T:System.Console").And.Contain("use the game's log").And.NotContain("file system");
    }

    [Fact]
    public async Task Compression_and_text_writers_are_refused_for_their_own_reasons()
    {
        var diagnostics = await RunAsync("""
            using System.IO;
            class Bot
            {
                object Zip(Stream s) => new System.IO.Compression.GZipStream(s, System.IO.Compression.CompressionMode.Compress);
                void Write(TextWriter w) => w.Write(1);
            }
            """);
        var messages = diagnostics.Select(d => d.GetMessage()).ToList();
        messages.Should().Contain(m => m.Contains("compression runs in native code, outside the tick meter"));
        messages.Should().Contain(m => m.Contains("'System.IO.TextWriter' is not allowed") && m.Contains("write to the game's log"));
        messages.Should().NotContain(m => m.Contains("no file system access"));
    }

    [Fact]
    public async Task Stopwatch_points_to_the_ticks_left_reading()
    {
        var diagnostics = await RunAsync("class Bot { long Run() => System.Diagnostics.Stopwatch.StartNew().ElapsedMilliseconds; }");
        diagnostics.Should().ContainSingle().Which.GetMessage().Should().Contain("read RestrictedCSharp.Budget.TicksLeft to stop a search in time");
    }

    [Fact]
    public async Task Unseeded_random_says_to_seed_it()
    {
        var diagnostics = await RunAsync("class Bot { int Run() => new System.Random().Next(); }");
        diagnostics.Should().ContainSingle().Which.GetMessage().Should().Contain("use `new Random(seed)` with the seed the game gives you");
    }

    [Fact]
    public Task Members_of_a_refused_type_do_not_cascade() => VerifyAsync("""
        class Bot
        {
            int Run()
            {
                var builder = {|RCX0002:new System.UriBuilder("http://x")|};
                builder.Port = 80;
                builder.Path = "a";
                return builder.Port + builder.Uri.Port;
            }
        }
        """);

    [Fact]
    public async Task A_symbol_no_rule_allows_names_the_allow_line_that_would_lift_it()
    {
        var diagnostics = await RunAsync("class Bot { object Run() => new System.UriBuilder(); }");
        diagnostics.Single().GetMessage().Should().Be(
            "'System.UriBuilder.UriBuilder()' is not allowed: no rule allows it (a game's rules file can allow it with 'allow T:System.UriBuilder')");
    }

    [Fact]
    public async Task A_refused_type_argument_reads_as_one_sentence()
    {
        var diagnostics = await RunAsync("""
            using System.Collections.Generic;
            class Bot { object Run() => new List<List<System.Uri>>(); }
            """);
        diagnostics.Select(d => d.GetMessage()).Should().Contain(
            "'System.Collections.Generic.List<System.Collections.Generic.List<System.Uri>>.List()' is not allowed: it uses 'System.Uri', which no rule allows (a game's rules file can allow it with 'allow T:System.Uri')");
    }
}
