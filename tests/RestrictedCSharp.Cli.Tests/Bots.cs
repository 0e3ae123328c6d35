namespace RestrictedCSharp.Cli.Tests;

internal static class Bots
{
    public const string Good = """
        public static class GoodBot
        {
            public static int Choose(int[] scores)
            {
                var best = 0;
                for (var i = 1; i < scores.Length; i++)
                {
                    if (scores[i] > scores[best]) best = i;
                }

                return best;
            }
        }
        """;

    /// <summary>Refused with RCX0001 on line 3.</summary>
    public const string Bad = """
        public static class BadBot
        {
            public static string Peek() => System.IO.File.ReadAllText("/etc/passwd");
        }
        """;
}
