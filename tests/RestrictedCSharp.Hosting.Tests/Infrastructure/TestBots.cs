namespace RestrictedCSharp.Hosting.Tests.Infrastructure;

/// <summary>The sources of the bots the tests run.</summary>
internal static class TestBots
{
    /// <summary>A guarded bot with one method per containment outcome. Every method is ordinary C# that the rules allow.</summary>
    public const string Containment = """
        using System;
        using System.Collections.Generic;

        public record Point(int X, int Y);

        public class ContainmentBot
        {
            private int _calls;

            public int Add(int a, int b) => a + b;

            public int CountCalls() => ++_calls;

            public int SumTo(int n)
            {
                int sum = 0;
                for (int i = 1; i <= n; i++) sum += i;
                return sum;
            }

            public int Distance(Point a, Point b) => Math.Abs(a.X - b.X) + Math.Abs(a.Y - b.Y);

            public Point[] Neighbours(Point p) => new[] { new Point(p.X + 1, p.Y), new Point(p.X, p.Y + 1) };

            public string Echo(string text) => text;

            public long Spin()
            {
                long n = 0;
                while (true) n++;
            }

            public int Recurse(int depth) => Recurse(depth + 1) + 1;

            public string Swallow()
            {
                for (int attempt = 0; attempt < 1000; attempt++)
                {
                    try
                    {
                        Spin();
                    }
                    catch (Exception)
                    {
                        // a bot that tries to survive its limit
                    }
                }
                return "survived";
            }

            public int RecurseInFinally(int n)
            {
                try
                {
                    return RecurseInFinally(n + 1);
                }
                finally
                {
                    RecurseInFinally(n + 1);
                }
            }

            public string SwallowRecursion()
            {
                try
                {
                    return Recurse(0).ToString();
                }
                catch
                {
                    return "survived";
                }
            }

            public int AllocationBomb()
            {
                var keep = new List<int[]>();
                while (true) keep.Add(new int[250_000]);
            }

            public int HugeArray(int length) => new long[length].Length;

            public void Fail(string message)
            {
                throw new InvalidOperationException(message); // line:throw
            }

            public int FailDeeper(int depth) => depth == 0 ? Thrower.Throw() : FailDeeper(depth - 1);
        }

        public static class Thrower
        {
            public static int Throw() => throw new ArgumentException("deep"); // line:deep
        }
        """;

    /// <summary>A guarded bot that keeps what it allocates: every call holds on to 8 MiB more.</summary>
    public const string Hoarder = """
        using System.Collections.Generic;

        public class Hoarder
        {
            private readonly List<byte[]> _kept = new List<byte[]>();

            public int Keep()
            {
                _kept.Add(new byte[8 * 1024 * 1024]);
                for (int i = 0; i < _kept[_kept.Count - 1].Length; i += 4096) _kept[_kept.Count - 1][i] = 1;
                return _kept.Count;
            }
        }
        """;

    /// <summary>A guarded bot whose work is inside the library, where ticks cannot see it.</summary>
    public const string LibraryWork = """
        using System;
        using System.Linq;

        public class LibraryWork
        {
            public int Ping() => 1;

            public int SortForever()
            {
                // Built and sorted inside the library: seconds of work (charged when rewritten, so tests run it unguarded).
                var data = Enumerable.Range(0, 1_000_000).ToArray();
                for (int round = 0; round < 100_000; round++)
                {
                    Array.Sort(data);
                    Array.Reverse(data);
                }
                return data[0];
            }
        }
        """;

    /// <summary>A plain, unaudited bot that ends its own process in the ways a process can end.</summary>
    public const string Crasher = """
        using System;

        public class Crasher
        {
            public int Ping() => 1;
            public void FailFast() => Environment.FailFast("bot says goodbye");
            public void Exit() => Environment.Exit(42);
            public int Overflow(int n) => Overflow(n + 1) + 1;
        }
        """;

    /// <summary>
    /// A plain, unaudited bot with the shapes that crash .NET 10.0.12 with tiered PGO and on-stack
    /// replacement both on (SIGSEGV when the exception is thrown): loops in a <c>try</c> and in its
    /// <c>finally</c>, run until a counter throws, thousands of times.
    /// </summary>
    public const string JitDefect = """
        using System;
        using System.Runtime.CompilerServices;

        public class JitDefect
        {
            private static long s_left;

            public int Run(int shape)
            {
                int thrown = 0;
                for (int i = 0; i < 30_000; i++)
                {
                    s_left = 1000 + (i % 7) * 100;
                    try { if (shape == 0) Loops(); else Nested(); }
                    catch (InvalidOperationException) { thrown++; }
                }
                return thrown;
            }

            private static void Tick() { if (--s_left < 0) Throw(); }

            [MethodImpl(MethodImplOptions.NoInlining)]
            private static void Throw() => throw new InvalidOperationException();

            private static int Loops() { try { while (true) Tick(); } finally { while (true) Tick(); } }

            private static int Nested() { try { try { while (true) Tick(); } finally { while (true) Tick(); } } finally { while (true) Tick(); } }
        }
        """;

    /// <summary>A plain, unaudited bot that grows its resident set outside the managed heap, where the GC limit cannot see.</summary>
    public const string NativeHoarder = """
        using System;
        using System.Runtime.InteropServices;
        using System.Threading;

        public class NativeHoarder
        {
            public int Ping() => 1;

            public unsafe long Grow()
            {
                long total = 0;
                for (int chunk = 0; chunk < 256; chunk++)
                {
                    byte* p = (byte*)Marshal.AllocHGlobal(16 * 1024 * 1024);
                    for (int i = 0; i < 16 * 1024 * 1024; i += 4096) p[i] = 1;
                    total += 16 * 1024 * 1024;
                    Thread.Sleep(5);
                }
                return total;
            }
        }
        """;

    /// <summary>A plain, unaudited bot that writes to the runner's stdout, where the frames travel.</summary>
    public const string ChannelCorrupter = """
        using System;
        using System.IO;

        public class ChannelCorrupter
        {
            public int Ping() => 1;

            public int WriteRandom(int seed, int count)
            {
                var bytes = new byte[count];
                new Random(seed).NextBytes(bytes);
                using var stdout = Console.OpenStandardOutput();
                stdout.Write(bytes, 0, bytes.Length);
                return 0;
            }

            public int WriteTruncatedFrame()
            {
                using var stdout = Console.OpenStandardOutput();
                stdout.Write(new byte[] { 0, 4, 0, 0, (byte)'{', (byte)'"' }, 0, 6);
                return 0;
            }

            public int WriteToConsole()
            {
                Console.WriteLine("hello from the bot");
                Console.Out.Flush();
                return 7;
            }
        }
        """;

    /// <summary>A guarded bot whose constructor never finishes.</summary>
    public const string SpinningConstructor = """
        public class SpinningConstructor
        {
            public SpinningConstructor() { while (true) { } }
            public int Ping() => 1;
        }
        """;

    public const string TwoEntryClasses = """
        public interface IGameBot { int Move(int turn); }
        public class First : IGameBot { public int Move(int turn) => turn + 1; }
        public class Second { public int Move(int turn) => turn + 2; }
        """;

    /// <summary>Source the IL audit must refuse (it reads a file).</summary>
    public const string ReadsFiles = """
        public class ReadsFiles
        {
            public string Read() => System.IO.File.ReadAllText("/etc/hostname");
        }
        """;
}
