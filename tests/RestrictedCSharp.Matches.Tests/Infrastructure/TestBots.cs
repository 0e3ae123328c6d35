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
}
