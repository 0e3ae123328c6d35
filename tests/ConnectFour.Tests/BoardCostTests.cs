using ConnectFour.Api;

namespace ConnectFour.Tests;

/// <summary>
/// A bot pays one tick for a call into the game's API, so <see cref="Board.HasWon"/>, <see cref="Board.IsFull"/> and
/// <see cref="Board.Drop"/> must not walk the board: on a 16x16 board that was board-sized work a tick. They read what the
/// board keeps (the winners, the disc count), and a drop checks only the lines through the new disc.
/// </summary>
public sealed class BoardCostTests
{
    [Fact]
    public void HasWon_and_IsFull_agree_with_a_scan_of_the_whole_board_through_random_games()
    {
        var random = new Random(7);
        for (var game = 0; game < 200; game++)
        {
            var (width, height) = (random.Next(4, 17), random.Next(4, 17));
            var board = new Board(width, height, 0, 0, Enumerable.Repeat(Board.Empty, width * height).ToList(), 1);
            var player = 0;
            while (!board.IsFull)
            {
                var open = Enumerable.Range(0, width).Where(board.CanDrop).ToList();
                board = board.Drop(open[random.Next(open.Count)], player);
                player = 1 - player;

                var rebuilt = new Board(width, height, board.Turn, board.You, board.Cells, 1);
                foreach (var p in new[] { 0, 1 })
                {
                    board.HasWon(p).Should().Be(ScanWon(board, p), "game {0}, turn {1}", game, board.Turn);
                    rebuilt.HasWon(p).Should().Be(board.HasWon(p));
                }

                board.IsFull.Should().Be(board.Cells.All(c => c != Board.Empty));
                rebuilt.IsFull.Should().Be(board.IsFull);
            }
        }
    }

    [Fact]
    public void Drop_copies_the_cells_once_and_keeps_what_it_knows()
    {
        var board = NearlyFull(16);
        var column = Enumerable.Range(0, board.Width).First(board.CanDrop);

        var next = board.Drop(column, board.You);

        next.Cells.Count(c => c != Board.Empty).Should().Be(board.Cells.Count(c => c != Board.Empty) + 1);
        next.IsFull.Should().BeFalse();
        next.HasWon(board.You).Should().Be(ScanWon(next, board.You));
    }

    /// <summary>Every row but the top one filled in pairs (0011 over 1100), with no four in a row anywhere.</summary>
    private static Board NearlyFull(int size)
    {
        var cells = new List<int>();
        for (var row = 0; row < size; row++)
        {
            for (var column = 0; column < size; column++)
            {
                cells.Add(row == size - 1 ? Board.Empty : ((column + 2 * (row % 2)) / 2) % 2);
            }
        }

        return new Board(size, size, 0, 0, cells, 1);
    }

    private static bool ScanWon(Board board, int player)
    {
        for (var row = 0; row < board.Height; row++)
        {
            for (var column = 0; column < board.Width; column++)
            {
                foreach (var (dx, dy) in new[] { (1, 0), (0, 1), (1, 1), (1, -1) })
                {
                    if (Enumerable.Range(0, Board.Connect).All(i => board.At(column + i * dx, row + i * dy) == player)) return true;
                }
            }
        }

        return false;
    }
}
