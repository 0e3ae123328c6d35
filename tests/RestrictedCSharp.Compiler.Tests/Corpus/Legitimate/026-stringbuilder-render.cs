// Renders the board for the game's log with StringBuilder.
using System;
using System.Text;

namespace Render;

public sealed class Bot
{
    public string Render(char[,] board, int turn)
    {
        var sb = new StringBuilder(capacity: 256);
        sb.Append("turn ").Append(turn).Append(Environment.NewLine);
        for (var y = 0; y < board.GetLength(1); y++)
        {
            for (var x = 0; x < board.GetLength(0); x++)
            {
                sb.Append(board[x, y]);
            }

            sb.AppendLine();
        }

        sb.Replace('.', ' ');
        return sb.ToString().TrimEnd();
    }

    public string Banner(string name) => name.PadLeft(10, '*').ToUpperInvariant() + new string('-', 3);
}
