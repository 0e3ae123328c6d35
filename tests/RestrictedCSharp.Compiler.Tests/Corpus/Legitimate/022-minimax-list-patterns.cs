// Tic-tac-toe minimax with list patterns.
using System;

namespace TicTacToe;

public sealed class Bot
{
    private static readonly int[][] Lines =
    [
        [0, 1, 2], [3, 4, 5], [6, 7, 8],
        [0, 3, 6], [1, 4, 7], [2, 5, 8],
        [0, 4, 8], [2, 4, 6],
    ];

    public int Act(char[] board, char me)
    {
        var best = -1;
        var bestScore = int.MinValue;
        for (var i = 0; i < 9; i++)
        {
            if (board[i] != ' ')
            {
                continue;
            }

            board[i] = me;
            var score = -Minimax(board, Other(me));
            board[i] = ' ';
            if (score > bestScore)
            {
                (best, bestScore) = (i, score);
            }
        }

        return best;
    }

    private static int Minimax(char[] board, char player)
    {
        var winner = Winner(board);
        if (winner != ' ')
        {
            return winner == player ? 1 : -1;
        }

        if (Array.IndexOf(board, ' ') < 0)
        {
            return 0;
        }

        var best = int.MinValue;
        for (var i = 0; i < 9; i++)
        {
            if (board[i] == ' ')
            {
                board[i] = player;
                best = Math.Max(best, -Minimax(board, Other(player)));
                board[i] = ' ';
            }
        }

        return best;
    }

    private static char Winner(char[] b)
    {
        foreach (var line in Lines)
        {
            char[] cells = [b[line[0]], b[line[1]], b[line[2]]];
            if (cells is [var a, var m, var c] && a != ' ' && a == m && m == c)
            {
                return a;
            }
        }

        return ' ';
    }

    private static char Other(char p) => p == 'X' ? 'O' : 'X';

    public static string Opening(int[] moves) => moves switch
    {
        [] => "none",
        [4] => "centre",
        [4, ..] => "centre first",
        [var first, .., var last] when first == last => "repeat",
        [_, _, ..] => "long",
        _ => "single",
    };
}
