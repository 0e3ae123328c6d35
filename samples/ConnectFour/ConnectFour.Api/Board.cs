namespace ConnectFour.Api;

/// <summary>
/// The board as the bot to move sees it: <see cref="Width"/> columns of <see cref="Height"/> cells, row 0 at
/// the bottom. Immutable; it reaches the bot as JSON, so every property is a constructor parameter of the
/// same name. <see cref="Drop"/> gives the board after a move, for bots that look ahead.
/// </summary>
public sealed class Board
{
    /// <summary>The value of an empty cell in <see cref="Cells"/>.</summary>
    public const int Empty = -1;

    /// <summary>Discs in a row that win.</summary>
    public const int Connect = 4;

    private readonly int[] _cells;

    // What HasWon and IsFull answer, kept so that neither walks the board: a bot pays one tick for an API call.
    private readonly int _discs;
    private readonly int _winners; // bit 0: player 0 has four in a row; bit 1: player 1

    /// <exception cref="ArgumentException">The sizes, the player or the cells are inconsistent.</exception>
    public Board(int width, int height, int turn, int you, IReadOnlyList<int> cells, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(cells);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(height);
        ArgumentOutOfRangeException.ThrowIfNegative(turn);
        if (you is not (0 or 1)) throw new ArgumentOutOfRangeException(nameof(you), you, "There are two players, 0 and 1.");
        if (cells.Count != (long)width * height)
            throw new ArgumentException($"The board has {cells.Count} cells; {width}x{height} needs {(long)width * height}.", nameof(cells));
        Width = width;
        Height = height;
        Turn = turn;
        You = you;
        Seed = seed;
        _cells = [.. cells];
        foreach (var cell in _cells)
        {
            if (cell is not (Empty or 0 or 1)) throw new ArgumentException($"A cell is {Empty}, 0 or 1, not {cell}.", nameof(cells));
            if (cell != Empty) _discs++;
        }

        // Built from cells the caller gives (a bot pays for them by their count): a scan once, each line through each disc.
        for (var row = 0; row < height; row++)
        {
            for (var column = 0; column < width; column++)
            {
                if (_cells[row * width + column] is var player && player != Empty && (_winners & (1 << player)) == 0
                    && (Line(column, row, 1, 0, player) || Line(column, row, 0, 1, player) || Line(column, row, 1, 1, player) || Line(column, row, 1, -1, player)))
                {
                    _winners |= 1 << player;
                }
            }
        }
    }

    /// <summary>The board after a drop: the cells copied once, what is kept updated from the lines through the new disc.</summary>
    private Board(Board before, int[] cells, int column, int row, int player)
    {
        Width = before.Width;
        Height = before.Height;
        Turn = before.Turn + 1;
        You = 1 - before.You;
        Seed = before.Seed;
        _cells = cells;
        _discs = before._discs + 1;
        _winners = before._winners | (ConnectsThrough(column, row, player) ? 1 << player : 0);
    }

    public int Width { get; }

    public int Height { get; }

    /// <summary>Turns played before this one (a failed turn counts, and drops nothing): reports and replays call this turn <c>Turn + 1</c>.</summary>
    public int Turn { get; }

    /// <summary>The player to move: 0 or 1.</summary>
    public int You { get; }

    /// <summary>The other player.</summary>
    public int Opponent => 1 - You;

    /// <summary>This bot's seed for the whole match.</summary>
    public ulong Seed { get; }

    /// <summary>Every cell, row by row from the bottom: <see cref="Empty"/>, 0 or 1.</summary>
    public IReadOnlyList<int> Cells => _cells;

    /// <summary>The cell at a column and row (row 0 at the bottom); <see cref="Empty"/> outside the board too.</summary>
    public int At(int column, int row) =>
        column < 0 || column >= Width || row < 0 || row >= Height ? Empty : _cells[row * Width + column];

    /// <summary>True when the column is on the board and has room.</summary>
    public bool CanDrop(int column) => LandingRow(column) >= 0;

    /// <summary>The row a disc dropped in the column lands on; -1 when the column is full or not on the board.</summary>
    public int LandingRow(int column)
    {
        if (column < 0 || column >= Width) return -1;
        for (var row = 0; row < Height; row++)
        {
            if (_cells[row * Width + column] == Empty) return row;
        }
        return -1;
    }

    /// <summary>The board after <paramref name="player"/> drops a disc in the column (the turn after this one).</summary>
    /// <exception cref="ArgumentException">The column is full or not on the board, or the player is not 0 or 1.</exception>
    public Board Drop(int column, int player)
    {
        var row = LandingRow(column);
        if (row < 0) throw new ArgumentException($"Column {column} has no room.", nameof(column));
        if (player is not (0 or 1)) throw new ArgumentOutOfRangeException(nameof(player), player, "There are two players, 0 and 1.");
        var cells = (int[])_cells.Clone();
        cells[row * Width + column] = player;
        return new Board(this, cells, column, row, player);
    }

    /// <summary>True when <paramref name="player"/> has <see cref="Connect"/> discs in a row, in any direction.</summary>
    public bool HasWon(int player) => player is 0 or 1 && (_winners & (1 << player)) != 0;

    /// <summary>True when no column has room.</summary>
    public bool IsFull => _discs == _cells.Length;

    /// <summary>Whether the disc at (column, row) is part of a line of <see cref="Connect"/> in any direction.</summary>
    private bool ConnectsThrough(int column, int row, int player) =>
        Run(column, row, 1, 0, player) + Run(column, row, -1, 0, player) > Connect
        || Run(column, row, 0, 1, player) + Run(column, row, 0, -1, player) > Connect
        || Run(column, row, 1, 1, player) + Run(column, row, -1, -1, player) > Connect
        || Run(column, row, 1, -1, player) + Run(column, row, -1, 1, player) > Connect;

    /// <summary>The player's discs from (column, row) on in one direction, that one included, at most <see cref="Connect"/>.</summary>
    private int Run(int column, int row, int dx, int dy, int player)
    {
        var count = 0;
        while (count < Connect && At(column + count * dx, row + count * dy) == player) count++;
        return count;
    }

    private bool Line(int column, int row, int dx, int dy, int player)
    {
        for (var i = 1; i < Connect; i++)
        {
            if (At(column + i * dx, row + i * dy) != player) return false;
        }
        return true;
    }
}
