using System.Text.Json;
using ConnectFour.Api;
using RestrictedCSharp.Games;

namespace ConnectFour.Definition;

/// <summary>
/// One game of Connect Four. Seat 0 moves first; the players alternate, one call a turn. A failed turn
/// (the bot threw, ran out of ticks, or named a full column) drops nothing and passes the turn; a player
/// eliminated by the match loop loses. Four in a row wins, a full board is a draw, and so is a game that
/// reaches <see cref="MaxTurns"/> through passing.
/// </summary>
internal sealed class ConnectFourGame : IGame
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly ulong[] _seeds = new ulong[2];
    private readonly bool[] _eliminated = new bool[2];
    private readonly List<(int Player, int Column)> _moves = [];
    private Board _board; // the discs: the bots' own Board, so the game and the bots read one set of rules
    private int? _winner;
    private bool _endedByElimination;
    private string _ending = "";

    public ConnectFourGame(int width, int height, ulong seed)
    {
        Width = width;
        Height = height;
        _board = new Board(width, height, 0, 0, Enumerable.Repeat(Board.Empty, width * height).ToArray(), 0);
        // Each player's own seed, derived from the match's: a bot never learns the other's.
        var state = seed;
        for (var p = 0; p < 2; p++) _seeds[p] = SplitMix64.Next(ref state);
    }

    public int Width { get; }

    public int Height { get; }

    /// <summary>Turns after which the game is a draw: every cell filled, with room for each player to pass as often.</summary>
    public int MaxTurns => 2 * Width * Height;

    public int Players => 2;

    public int Turn { get; private set; }

    public bool IsOver { get; private set; }

    /// <summary>The player whose turn it is.</summary>
    public int Mover => Turn % 2;

    public bool IsAlive(int player) => !_eliminated[player];

    public bool IsToMove(int player) => !IsOver && player == Mover;

    public JsonElement ViewFor(int player) => JsonSerializer.SerializeToElement(BoardFor(player), Json);

    /// <summary>The board as <paramref name="player"/> sees it now.</summary>
    public Board BoardFor(int player) => new(Width, Height, Turn, player, _board.Cells, _seeds[player]);

    public ReplyReading ReadReply(int player, JsonElement? reply)
    {
        if (reply is not { ValueKind: JsonValueKind.Object } value)
            return ReplyReading.Illegal($"the reply is not a {nameof(Drop)} object");
        Drop? drop;
        try
        {
            drop = value.Deserialize<Drop>(Json);
        }
        catch (Exception e) when (e is JsonException or NotSupportedException or ArgumentException or InvalidOperationException)
        {
            return ReplyReading.Illegal($"the reply is not a {nameof(Drop)}: {e.Message}");
        }
        if (drop is null) return ReplyReading.Illegal($"the reply is not a {nameof(Drop)}");
        if (drop.Column < 0 || drop.Column >= Width) return ReplyReading.Illegal($"column {drop.Column} is not on the board (0 to {Width - 1})");
        if (!_board.CanDrop(drop.Column)) return ReplyReading.Illegal($"column {drop.Column} is full");
        return ReplyReading.Legal(drop.Column, ReplyLog.Bound(drop.Log, MoveLog.MaxLines, MoveLog.MaxLineLength));
    }

    public void Eliminate(int player, string reason)
    {
        if (_eliminated[player]) return;
        _eliminated[player] = true;
        // Both bots failing to load end the game twice before any turn: the one left last must not win for it.
        if (IsOver && !(_endedByElimination && _winner == player)) return;
        if (_eliminated[1 - player])
        {
            End(null, "both players were eliminated");
            return;
        }
        End(1 - player, $"player {player} was eliminated: {reason}");
        _endedByElimination = true;
    }

    public void Step(IReadOnlyList<object?> moves)
    {
        if (IsOver) throw new InvalidOperationException("The game is over.");
        var player = Mover;
        if (moves[player] is int column && _board.CanDrop(column))
        {
            _board = _board.Drop(column, player);
            _moves.Add((player, column));
            Turn++;
            if (_board.HasWon(player)) End(player, $"player {player} connected four");
            else if (_board.IsFull) End(null, "the board is full");
        }
        else
        {
            _moves.Add((player, -1));
            Turn++;
        }
        if (!IsOver && Turn >= MaxTurns) End(null, $"{MaxTurns} turns were played");
    }

    public GameOutcome Outcome
    {
        get
        {
            if (!IsOver) throw new InvalidOperationException("The game is not over.");
            IReadOnlyList<int> placements = _winner is { } w ? [w == 0 ? 1 : 2, w == 1 ? 1 : 2] : [1, 1];
            return new GameOutcome(_winner, Turn, placements);
        }
    }

    public string Describe() => $"{Width}x{Height}";

    /// <summary>The mover's disc and the board, top row first (X is player 0, O player 1, . empty).</summary>
    public string DescribeView(int player)
    {
        var rows = Enumerable.Range(0, Height).Reverse()
            .Select(row => string.Concat(Enumerable.Range(0, Width).Select(column => _board.At(column, row) switch { 0 => 'X', 1 => 'O', _ => '.' })));
        return $"plays {(player == 0 ? 'X' : 'O')}; board, top row first: {string.Join('/', rows)}";
    }

    public string DescribeMove(int player, object move) => $"column {move}";

    /// <summary>The board size, each turn's move (<c>[player, column]</c>, column -1 for a failed turn) and how it ended.</summary>
    public void WriteReplay(Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteNumber("width", Width);
        json.WriteNumber("height", Height);
        json.WriteStartArray("moves");
        foreach (var (player, column) in _moves)
        {
            json.WriteStartArray();
            json.WriteNumberValue(player);
            json.WriteNumberValue(column);
            json.WriteEndArray();
        }
        json.WriteEndArray();
        json.WriteString("ending", _ending);
        json.WriteEndObject();
    }

    private void End(int? winner, string ending)
    {
        IsOver = true;
        _winner = winner;
        _ending = ending;
    }
}
