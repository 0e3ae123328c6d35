using System.Collections.ObjectModel;
using System.Text.Json.Serialization;

namespace LightCycles.Api;

/// <summary>
/// The board as one bot sees it at the start of a turn. Immutable; it reaches the bot as JSON, so every
/// property is a constructor parameter of the same name.
/// </summary>
public sealed class GameView
{
    /// <summary>The value of a free cell in <see cref="Cells"/>.</summary>
    public const int Free = -1;

    private readonly int[] _cells;

    /// <exception cref="ArgumentException">The sizes, the player index or the cells are inconsistent.</exception>
    public GameView(int width, int height, int turn, int you, IReadOnlyList<CycleView> cycles, IReadOnlyList<int> cells, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(cycles);
        ArgumentNullException.ThrowIfNull(cells);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(height);
        ArgumentOutOfRangeException.ThrowIfNegative(turn);
        if (cells.Count != (long)width * height)
            throw new ArgumentException($"The board has {cells.Count} cells; {width}x{height} needs {(long)width * height}.", nameof(cells));
        if (you < 0 || you >= cycles.Count)
            throw new ArgumentOutOfRangeException(nameof(you), you, $"There are {cycles.Count} players.");
        for (var i = 0; i < cycles.Count; i++)
        {
            if (cycles[i] is null || cycles[i].Player != i)
                throw new ArgumentException($"Cycle {i} must describe player {i}.", nameof(cycles));
        }

        Width = width;
        Height = height;
        Turn = turn;
        You = you;
        Seed = seed;
        _cells = [.. cells];
        foreach (var cell in _cells)
        {
            if (cell < Free || cell >= cycles.Count)
                throw new ArgumentException($"A cell holds {cell}: neither free ({Free}) nor a player index.", nameof(cells));
        }
        Cells = Array.AsReadOnly(_cells);
        Cycles = new ReadOnlyCollection<CycleView>([.. cycles]);
    }

    /// <summary>Columns of the board.</summary>
    public int Width { get; }

    /// <summary>Rows of the board.</summary>
    public int Height { get; }

    /// <summary>
    /// Turns played so far: 0 when the first move is asked for. Reports, events, logs and the replay number turns
    /// from 1, so this call is for turn <c>Turn + 1</c> there.
    /// </summary>
    public int Turn { get; }

    /// <summary>This bot's player index.</summary>
    public int You { get; }

    /// <summary>Every cycle, indexed by player.</summary>
    public IReadOnlyList<CycleView> Cycles { get; }

    /// <summary>Row-major cells (<c>Cells[y * Width + x]</c>): <see cref="Free"/>, or the player whose trail fills it.</summary>
    public IReadOnlyList<int> Cells { get; }

    /// <summary>This bot's seed for this match, the same every turn: <c>new BotRandom(view.Seed)</c>.</summary>
    public ulong Seed { get; }

    /// <summary>This bot's own cycle.</summary>
    [JsonIgnore]
    public CycleView Me => Cycles[You];

    /// <summary>True when the cell is on the board.</summary>
    public bool InBounds(Position position) =>
        (uint)position.X < (uint)Width && (uint)position.Y < (uint)Height;

    /// <summary>True when the cell is on the board and no trail fills it.</summary>
    public bool IsFree(Position position) => InBounds(position) && _cells[position.Y * Width + position.X] == Free;

    /// <summary>The player whose trail fills the cell, or <see cref="Free"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The cell is off the board.</exception>
    public int OwnerAt(Position position)
    {
        if (!InBounds(position))
            throw new ArgumentOutOfRangeException(nameof(position), position, $"Off the {Width}x{Height} board.");
        return _cells[position.Y * Width + position.X];
    }
}
