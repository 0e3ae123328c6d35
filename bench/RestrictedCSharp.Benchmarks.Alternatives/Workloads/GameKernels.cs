namespace RestrictedCSharp.Benchmarks.Alternatives.Workloads;

/// <summary>
/// Two more bot kernels, as bot source beside <c>BotKernels</c>: a flood fill that labels the regions of
/// a map, and an alpha-beta search that solves tic-tac-toe from every two-move opening.
/// </summary>
internal static class GameKernels
{
    public static readonly string[] Names = ["FloodFill", "AlphaBeta"];

    public const string Source = """
using System;

public static class GameKernels
{
    // Flood fill: label the open regions of four 128x128 maps with an explicit stack.
    public static long FloodFill()
    {
        const int w = 128, h = 128;
        var open = new bool[w * h];
        var region = new int[w * h];
        var stack = new int[w * h];
        long checksum = 0;
        for (int pass = 1; pass <= 4; pass++)
        {
            int seed = pass;
            for (int i = 0; i < open.Length; i++)
            {
                seed = (seed * 75 + 74) % 65537;
                open[i] = seed % 100 >= 45;
                region[i] = 0;
            }
            int regions = 0;
            long squares = 0;
            for (int start = 0; start < open.Length; start++)
            {
                if (!open[start] || region[start] != 0) continue;
                regions++;
                int size = 0, top = 0;
                stack[top++] = start;
                region[start] = regions;
                while (top > 0)
                {
                    int p = stack[--top];
                    size++;
                    int x = p % w, y = p / w;
                    if (x > 0 && open[p - 1] && region[p - 1] == 0) { region[p - 1] = regions; stack[top++] = p - 1; }
                    if (x < w - 1 && open[p + 1] && region[p + 1] == 0) { region[p + 1] = regions; stack[top++] = p + 1; }
                    if (y > 0 && open[p - w] && region[p - w] == 0) { region[p - w] = regions; stack[top++] = p - w; }
                    if (y < h - 1 && open[p + w] && region[p + w] == 0) { region[p + w] = regions; stack[top++] = p + w; }
                }
                squares += (long)size * size;
            }
            checksum += regions * 1_000_000_000L + squares;
        }
        return checksum;
    }

    // Alpha-beta: solve tic-tac-toe from each of the 72 two-move openings.
    public static long AlphaBeta()
    {
        var board = new int[9];
        long nodes = 0, total = 0;
        for (int first = 0; first < 9; first++)
        {
            for (int second = 0; second < 9; second++)
            {
                if (second == first) continue;
                board[first] = 1;
                board[second] = 2;
                int score = Search(board, 1, -2, 2, ref nodes);
                board[first] = 0;
                board[second] = 0;
                total += (score + 1) * (first * 9 + second + 1);
            }
        }
        return total * 1_000_000L + nodes;
    }

    private static readonly int[] Lines = { 0, 1, 2, 3, 4, 5, 6, 7, 8, 0, 3, 6, 1, 4, 7, 2, 5, 8, 0, 4, 8, 2, 4, 6 };

    // Negamax with alpha-beta pruning; the score is from the view of the player to move.
    private static int Search(int[] board, int player, int alpha, int beta, ref long nodes)
    {
        nodes++;
        int winner = Winner(board);
        if (winner != 0) return winner == player ? 1 : -1;
        bool moved = false;
        for (int i = 0; i < 9; i++)
        {
            if (board[i] != 0) continue;
            moved = true;
            board[i] = player;
            int score = -Search(board, 3 - player, -beta, -alpha, ref nodes);
            board[i] = 0;
            if (score > alpha) alpha = score;
            if (alpha >= beta) return alpha;
        }
        return moved ? alpha : 0;
    }

    private static int Winner(int[] board)
    {
        for (int l = 0; l < Lines.Length; l += 3)
        {
            int a = board[Lines[l]];
            if (a != 0 && a == board[Lines[l + 1]] && a == board[Lines[l + 2]]) return a;
        }
        return 0;
    }
}
""";
}
