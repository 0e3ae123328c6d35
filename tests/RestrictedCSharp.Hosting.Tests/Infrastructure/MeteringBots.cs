namespace RestrictedCSharp.Hosting.Tests.Infrastructure;

/// <summary>Bots whose work the tick meter once did not see (see <c>MeteringSoundnessTests</c>).</summary>
internal static class MeteringBots
{
    /// <summary>One entry method per construct: each once ran unmetered to the wall clock.</summary>
    public const string Source = """
        using System;

        internal static class Counters
        {
            public static bool Reset(this ref int i) { i = 0; return true; }
        }

        internal static class Heavy
        {
            // 16^9 rounds: a leaf whose small loops are all charged where it is called.
            public static long Work()
            {
                long s = 0;
                for (int na = 0; na < 16; na++) for (int nb = 0; nb < 16; nb++) for (int nc = 0; nc < 16; nc++) for (int nd = 0; nd < 16; nd++) for (int ne = 0; ne < 16; ne++) for (int nf = 0; nf < 16; nf++) for (int ng = 0; ng < 16; ng++) for (int nh = 0; nh < 16; nh++) for (int ni = 0; ni < 16; ni++) s++;
                return s;
            }
        }

        internal static class Chain
        {
            private static long L0() { long s = 0; for (int na = 0; na < 16; na++) for (int nb = 0; nb < 16; nb++) for (int nc = 0; nc < 16; nc++) for (int nd = 0; nd < 16; nd++) s++; return s; }
            private static long L1() => L0() + L0() + L0() + L0() + L0() + L0() + L0() + L0() + L0() + L0() + L0() + L0() + L0() + L0() + L0() + L0();
            private static long L2() => L1() + L1() + L1() + L1() + L1() + L1() + L1() + L1() + L1() + L1() + L1() + L1() + L1() + L1() + L1() + L1();
            private static long L3() => L2() + L2() + L2() + L2() + L2() + L2() + L2() + L2() + L2() + L2() + L2() + L2() + L2() + L2() + L2() + L2();
            private static long L4() => L3() + L3() + L3() + L3() + L3() + L3() + L3() + L3() + L3() + L3() + L3() + L3() + L3() + L3() + L3() + L3();
            public static long L5() => L4() + L4() + L4() + L4() + L4() + L4() + L4() + L4() + L4() + L4() + L4() + L4() + L4() + L4() + L4() + L4();
        }

        internal sealed class Holder
        {
            public long Value = Heavy.Work();
        }

        internal sealed class Costly
        {
            public long Value;

            public Costly()
            {
                for (int na = 0; na < 16; na++) for (int nb = 0; nb < 16; nb++) for (int nc = 0; nc < 16; nc++) for (int nd = 0; nd < 16; nd++) for (int ne = 0; ne < 16; ne++) for (int nf = 0; nf < 16; nf++) for (int ng = 0; ng < 16; ng++) for (int nh = 0; nh < 16; nh++) for (int ni = 0; ni < 16; ni++) Value++;
            }
        }

        internal struct Numbers
        {
            public NumbersEnumerator GetEnumerator() => new NumbersEnumerator();
        }

        internal struct NumbersEnumerator
        {
            private int _n;

            public long Current => _n;

            public bool MoveNext()
            {
                long w = 0;
                for (int na = 0; na < 16; na++) for (int nb = 0; nb < 16; nb++) for (int nc = 0; nc < 16; nc++) for (int nd = 0; nd < 16; nd++) for (int ne = 0; ne < 16; ne++) w++;
                _n++;
                return w > 0 && _n < 1_000_000;
            }
        }

        internal struct Pair
        {
            public void Deconstruct(out long x, out long y)
            {
                long w = 0;
                for (int na = 0; na < 16; na++) for (int nb = 0; nb < 16; nb++) for (int nc = 0; nc < 16; nc++) for (int nd = 0; nd < 16; nd++) for (int ne = 0; ne < 16; ne++) w++;
                x = w;
                y = 1;
            }
        }

        public class MeteringBot
        {
            private readonly object _o = new object();

            // A virtual call: the entry methods below are no leaves, so only the construct under test decides.
            private void NotALeaf() => _o.GetHashCode();

            private static bool Reset(ref int i) { i = 0; return true; }

            public long ConditionResetsCounter()
            {
                NotALeaf();
                long s = 0;
                for (int i = 0; i < 10 && (i = 0) == 0; i++) s++;
                return s;
            }

            public long RefArgumentResetsCounter()
            {
                NotALeaf();
                long s = 0;
                for (int i = 0; i < 10 && Reset(ref i); i++) s++;
                return s;
            }

            public long RefExtensionResetsCounter()
            {
                NotALeaf();
                long s = 0;
                for (int i = 0; i < 10 && i.Reset(); i++) s++;
                return s;
            }

            public long LocalFunctionResetsCounter()
            {
                NotALeaf();
                long s = 0;
                for (int i = 0; i < 10; i++)
                {
                    s++;
                    Reset();
                    void Reset() => i = 0;
                }

                return s;
            }

            public long NestedSmallLoops()
            {
                NotALeaf();
                long s = 0;
                for (int na = 0; na < 16; na++) for (int nb = 0; nb < 16; nb++) for (int nc = 0; nc < 16; nc++) for (int nd = 0; nd < 16; nd++) for (int ne = 0; ne < 16; ne++) for (int nf = 0; nf < 16; nf++) for (int ng = 0; ng < 16; ng++) for (int nh = 0; nh < 16; nh++) for (int ni = 0; ni < 16; ni++) s++;
                return s;
            }

            public long ClosureSwapsArray()
            {
                NotALeaf();
                int[] a = new int[1];
                Action grow = () => a = new int[1_000_000];
                long s = 0;
                for (int i = 0; i < a.Length; i++)
                {
                    if (i == 0) grow();
                    for (int na = 0; na < 16; na++) for (int nb = 0; nb < 16; nb++) for (int nc = 0; nc < 16; nc++) for (int nd = 0; nd < 16; nd++) s++;
                }

                return s;
            }

            public long RefLocalSwapsArray()
            {
                NotALeaf();
                int[] a = new int[1];
                int[] big = new int[1_000_000];
                ref int[] alias = ref a;
                long s = 0;
                for (int i = 0; i < a.Length; i++)
                {
                    if (i == 0) alias = big;
                    for (int na = 0; na < 16; na++) for (int nb = 0; nb < 16; nb++) for (int nc = 0; nc < 16; nc++) for (int nd = 0; nd < 16; nd++) s++;
                }

                return s;
            }

            public long FieldInitializerCallsLeaf()
            {
                NotALeaf();
                return new Holder().Value;
            }

            private static T Make<T>() where T : new() => new T();

            public long GenericNewRunsConstructor()
            {
                NotALeaf();
                return Make<Costly>().Value;
            }

            public long ForeachRunsMoveNext()
            {
                NotALeaf();
                long s = 0;
                foreach (var x in new Numbers()) s += x;
                return s;
            }

            public long DeconstructionRunsDeconstruct()
            {
                NotALeaf();
                long s = 0;
                var p = new Pair();
                while (true)
                {
                    var (x, y) = p;
                    s += x + y;
                }
            }

            public long LeafEntry()
            {
                long s = 0;
                for (int na = 0; na < 16; na++) for (int nb = 0; nb < 16; nb++) for (int nc = 0; nc < 16; nc++) for (int nd = 0; nd < 16; nd++) for (int ne = 0; ne < 16; ne++) for (int nf = 0; nf < 16; nf++) for (int ng = 0; ng < 16; ng++) for (int nh = 0; nh < 16; nh++) for (int ni = 0; ni < 16; ni++) s++;
                return s;
            }

            public long LeafChainEntry() => Chain.L5();

            public int DoubleAString()
            {
                NotALeaf();
                string s = new string('a', 1 << 20);
                for (int i = 0; i < 4; i++) s = s + s;
                return s.Length;
            }

            public long HonestLoops()
            {
                NotALeaf();
                long s = 0;
                for (int na = 0; na < 16; na++) for (int nb = 0; nb < 16; nb++) for (int nc = 0; nc < 16; nc++) s++;
                for (int i = 0; i < 1000; i++) s++;
                int[] a = new int[10];
                for (int i = 0; i < a.Length; i++) s++;
                return s;
            }
        }
        """;

    /// <summary>
    /// Generic recursion over a struct at the largest size a type argument may have (256 bytes), with 128 values of
    /// the type parameter in each frame (32 KiB): estimated at the bound, each frame is probed on entry, and the call
    /// ends at the real stack's limit.
    /// </summary>
    public static readonly string GenericFramesAtTheBound = """
        public struct Row { public long A, B, C, D, E, F, G, H; }
        public struct Quad { public Row A, B, C, D; }

        public class StackBot
        {
            private static long Deep<T>(T value, int depth)
            {
                T v0 = value;

        """ + string.Concat(Enumerable.Range(1, 127).Select(i => $"        T v{i} = v{i - 1};\n")) + """
                return Deep(v127, depth + 1) + 1;
            }

            public long DeepGeneric(int depth) => Deep(default(Quad), depth);
        }
        """;

    /// <summary>Recursion with 28 KiB of struct in each frame: under the refused size, so it must be probed.</summary>
    public const string LargeFrames = """
        public struct Row { public long A, B, C, D, E, F, G, H; }
        public struct Block { public Row A, B, C, D, E, F, G, H; }
        public struct Page { public Block A, B, C, D, E, F, G, H; }
        public struct Chapter { public Page A, B, C, D, E, F, G; }

        public class StackBot
        {
            public long DeepChapters(int depth)
            {
                Chapter chapter = default;
                chapter.A.A.A.A = depth;
                return DeepChapters(depth + 1) + chapter.A.A.A.A;
            }
        }
        """;
}
