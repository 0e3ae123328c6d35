using ConnectFour.Api;

namespace ConnectFour.Bots.Lookahead;

/// <summary>
/// A stronger sample: a depth-limited negamax over the boards <see cref="Board.Drop"/> gives, scoring
/// open lines, trying the centre columns first; three plies stay well inside a turn's ticks.
/// </summary>
public sealed class LookaheadBot : ConnectFourBot
{
    private const int Win = 1_000_000;
    private const int MaxDepth = 3;

    public override int Choose(Board board)
    {
        var best = -1;
        var bestScore = int.MinValue;
        foreach (var column in Order(board.Width))
        {
            if (!board.CanDrop(column)) continue;
            var next = board.Drop(column, board.You);
            var score = -Negamax(next, MaxDepth - 1, board.Opponent, -Win - 1, Win + 1);
            if (score > bestScore)
            {
                bestScore = score;
                best = column;
            }
        }
        Log.Write("column " + best + ", score " + bestScore);
        return best < 0 ? 0 : best;
    }

    /// <summary>The position's value for <paramref name="player"/>, who is to move.</summary>
    private static int Negamax(Board board, int depth, int player, int alpha, int beta)
    {
        var other = 1 - player;
        if (board.HasWon(other)) return -Win - depth;
        if (board.IsFull) return 0;
        if (depth == 0) return Evaluate(board, player) - Evaluate(board, other);
        var best = -Win - 100;
        foreach (var column in Order(board.Width))
        {
            if (!board.CanDrop(column)) continue;
            var score = -Negamax(board.Drop(column, player), depth - 1, other, -beta, -alpha);
            if (score > best) best = score;
            if (best > alpha) alpha = best;
            if (alpha >= beta) break;
        }
        return best;
    }

    /// <summary>Every window of four that holds only <paramref name="player"/>'s discs, weighted by how full it is.</summary>
    private static int Evaluate(Board board, int player)
    {
        var score = 0;
        int[][] directions = [[1, 0], [0, 1], [1, 1], [1, -1]];
        for (var row = 0; row < board.Height; row++)
        {
            for (var column = 0; column < board.Width; column++)
            {
                foreach (var d in directions)
                {
                    var mine = 0;
                    var open = true;
                    for (var i = 0; i < Board.Connect && open; i++)
                    {
                        var (c, r) = (column + i * d[0], row + i * d[1]);
                        if (c < 0 || c >= board.Width || r < 0 || r >= board.Height) open = false;
                        else if (board.At(c, r) == player) mine++;
                        else if (board.At(c, r) != Board.Empty) open = false;
                    }
                    if (open) score += mine * mine;
                }
            }
        }
        return score;
    }

    /// <summary>Columns from the centre outwards: centre discs belong to more lines.</summary>
    private static int[] Order(int width)
    {
        var order = new int[width];
        var centre = width / 2;
        for (var i = 0; i < width; i++) order[i] = centre + ((i % 2 == 0) ? i / 2 : -(i + 1) / 2);
        for (var i = 0; i < width; i++)
        {
            if (order[i] < 0 || order[i] >= width) order[i] = i;
        }
        return order;
    }
}
