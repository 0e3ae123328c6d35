using RestrictedCSharp.Judging;

namespace RestrictedCSharp.Judging.Worker;

/// <summary>
/// What a pooled worker does before it reads its request: it builds a small source of its own (validation, guards,
/// emit, audit, against the game's API and rules), so that Roslyn and the pipeline are loaded and compiled when the
/// request comes. It runs after the lockdown (the lockdown re-executes the program, which would lose anything loaded
/// before it), on trusted text; its verdict is not used. Then the worker writes <see cref="ReadyMarker"/> to stdout.
/// </summary>
internal static class WorkerWarmUp
{
    /// <summary>The byte a warm worker writes before its reply (a newline: JSON's whitespace, never part of a reply's meaning).</summary>
    public const byte ReadyMarker = (byte)'\n';

    private const string Source = """
        namespace WarmUp;

        public struct Cell
        {
            public int X;
            public int Y;
        }

        public sealed class Walker
        {
            private readonly int[] _seen = new int[64];

            public int Walk(int steps)
            {
                var total = 0;
                for (var i = 0; i < steps; i++)
                {
                    var cell = new Cell { X = i % 8, Y = i / 8 };
                    total += Score(cell) switch { 0 => 1, 1 => 2, _ => 3 };
                    _seen[(cell.Y * 8 + cell.X) % _seen.Length]++;
                }
                var text = $"walked {steps} steps, total {total}";
                return text.Length + total;
            }

            private static int Score(Cell cell) => (cell.X + cell.Y) % 3;
        }
        """;

    public static async Task RunAsync(WorkerGame game)
    {
        if (game.Problem is not null) return;
        try
        {
            var request = new JudgeRequest(game.Name, [new SubmittedFile("WarmUp.cs", Source)], JudgeMode.Build);
            await SubmissionJudging.JudgeAsync(request, game, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A warm-up that fails leaves a colder worker, not a broken one: the request is judged all the same.
        }
    }
}
