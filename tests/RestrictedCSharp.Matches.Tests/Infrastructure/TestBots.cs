namespace RestrictedCSharp.Matches.Tests.Infrastructure;

/// <summary>Bots written for one behaviour each, in the dialect, against the game's API.</summary>
internal static class TestBots
{
    /// <summary>Odd view turns spend about 30 000 ticks (two per iteration), even ones a few hundred; it steers clear of walls and trails.</summary>
    public const string Bursty = """
        using LightCycles.Api;

        public sealed class BurstyBot : LightCyclesBot
        {
            public override Direction Move(GameView view)
            {
                if (view.Turn % 2 == 1)
                {
                    var sum = 0;
                    for (var i = 0; i < 15000; i++) sum += i & 1;
                    if (sum > 0) Log.Write("heavy turn");
                }
                var me = view.Me;
                foreach (var d in new[] { me.Heading, me.Heading.TurnRight(), me.Heading.TurnLeft() })
                {
                    if (view.IsFree(me.Head.Step(d))) return d;
                }
                return me.Heading;
            }
        }
        """;

    /// <summary>Answers a direction that does not exist.</summary>
    public const string Illegal = """
        using LightCycles.Api;

        public sealed class IllegalBot : LightCyclesBot
        {
            public override Direction Move(GameView view) => (Direction)7;
        }
        """;

    /// <summary>Reads a file: refused at submission.</summary>
    public const string Peeking = """
        using LightCycles.Api;

        public sealed class PeekingBot : LightCyclesBot
        {
            public override Direction Move(GameView view) =>
                System.IO.File.ReadAllText("/etc/hostname").Length > 3 ? Direction.Up : Direction.Down;
        }
        """;

    /// <summary>Throws from its constructor: it never plays a turn.</summary>
    public const string BrokenConstructor = """
        using LightCycles.Api;

        public sealed class BrokenBot : LightCyclesBot
        {
            public BrokenBot() => throw new System.InvalidOperationException("not today");

            public override Direction Move(GameView view) => Direction.Up;
        }
        """;
    /// <summary>
    /// Ordinary hashing-heavy bookkeeping: string-keyed dictionaries and sets, GroupBy and Distinct over
    /// strings, an own hash, and the ticks-left reading; its move is the dictionary's enumeration order and
    /// those counts, so any per-process hash or order would change the game.
    /// </summary>
    public const string Hashing = """
        using System.Collections.Generic;
        using System.Globalization;
        using System.Linq;
        using LightCycles.Api;
        using RestrictedCSharp;

        public sealed class HashingBot : LightCyclesBot
        {
            private readonly Dictionary<string, int> _visits = new();
            private readonly HashSet<string> _seen = new();
            private readonly HashSet<Spot> _spots = new();

            public override Direction Move(GameView view)
            {
                var me = view.Me;
                var here = Key(me.Head);
                _visits[here] = _visits.TryGetValue(here, out var n) ? n + 1 : 1;
                _seen.Add(here);
                _spots.Add(new Spot(me.Head.X, me.Head.Y));

                var options = new Dictionary<string, Direction>();
                foreach (var direction in new[] { Direction.Up, Direction.Right, Direction.Down, Direction.Left })
                {
                    var next = me.Head.Step(direction);
                    if (view.IsFree(next))
                    {
                        options[direction.ToString() + ":" + Key(next)] = direction;
                    }
                }

                if (options.Count == 0)
                {
                    return me.Heading;
                }

                var kinds = options.Keys.Select(k => k.Split(':')[0]).Distinct().Count();
                var lengths = _seen.GroupBy(s => s.Length).Select(g => g.Key).ToList();
                var spread = _spots.Sum(s => (long)s.GetHashCode()) % 5;
                var spare = Budget.TicksLeft % 3;
                var pick = (int)((kinds + lengths.Count + _visits.Count + spread + spare) % options.Count);
                return options.Values.ElementAt(pick);
            }

            private static string Key(Position p) => p.X.ToString(CultureInfo.InvariantCulture) + "," + p.Y.ToString(CultureInfo.InvariantCulture);
        }

        public sealed class Spot(int x, int y)
        {
            public int X { get; } = x;
            public int Y { get; } = y;
            public override bool Equals(object? obj) => obj is Spot s && s.X == X && s.Y == Y;
            public override int GetHashCode() => unchecked(X * 31 + Y);
        }
        """;
}
