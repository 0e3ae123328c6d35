using System.Text.Json;
using LightCycles.Api;
using LightCycles.Engine;
using RestrictedCSharp.Games;

namespace LightCycles.Definition;

/// <summary>
/// Light Cycles behind the game seam: every living cycle moves each turn, views go to the bots as JSON (web
/// conventions, as the runner reads them), replies come back as <see cref="TurnReply"/>, and every step is
/// recorded for the replay.
/// </summary>
internal sealed class LightCyclesGame : IGame
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly Game _game;
    private readonly List<CycleState[]> _frames = [];
    // Players eliminated in a turn whose earlier eliminations already ended the game: the engine no longer
    // takes eliminations then, but they failed as the others did and must not win for it.
    private readonly SortedSet<int> _lateEliminations = [];

    public LightCyclesGame(GameSettings settings)
    {
        _game = new Game(settings);
        _frames.Add([.. _game.Cycles]);
    }

    public GameSettings Settings => _game.Settings;

    public int Players => _game.Settings.Players;

    public int Turn => _game.Turn;

    public bool IsOver => _game.IsOver;

    public bool IsAlive(int player) => _game.Cycles[player].Alive && !_lateEliminations.Contains(player);

    /// <summary>Moves are simultaneous: every living cycle moves.</summary>
    public bool IsToMove(int player) => IsAlive(player);

    public JsonElement ViewFor(int player) => JsonSerializer.SerializeToElement(_game.ViewFor(player), Json);

    public ReplyReading ReadReply(int player, JsonElement? reply)
    {
        if (reply is not { ValueKind: JsonValueKind.Object } value)
            return ReplyReading.Illegal($"the reply is not a {nameof(TurnReply)} object");
        TurnReply? turn;
        try
        {
            turn = value.Deserialize<TurnReply>(Json);
        }
        catch (Exception e) when (e is JsonException or NotSupportedException or ArgumentException or InvalidOperationException)
        {
            return ReplyReading.Illegal($"the reply is not a {nameof(TurnReply)}: {e.Message}");
        }
        if (turn is null || !Enum.IsDefined(turn.Direction))
            return ReplyReading.Illegal("the reply has no direction (Up, Right, Down or Left)");
        return ReplyReading.Legal(turn.Direction, ReplyLog.Bound(turn.Log, BotLog.MaxLines, BotLog.MaxLineLength));
    }

    public void Eliminate(int player, string reason)
    {
        if (!IsAlive(player)) return;
        if (_game.IsOver) _lateEliminations.Add(player);
        else _game.Eliminate(player, reason);
    }

    public void Step(IReadOnlyList<object?> moves)
    {
        _game.Step([.. moves.Select(m => (Direction?)m)]);
        _frames.Add([.. _game.Cycles]);
    }

    public GameOutcome Outcome
    {
        get
        {
            var result = _game.Result;
            if (_lateEliminations.Count == 0) return new GameOutcome(result.Winner, result.Turns, result.Placements);
            var lasted = Enumerable.Range(0, Players).Select(Lasted).ToList();
            var placements = lasted.Select(l => 1 + lasted.Count(other => other > l)).ToList();
            var survivors = Enumerable.Range(0, Players).Where(p => lasted[p] == int.MaxValue).ToList();
            return new GameOutcome(survivors.Count == 1 ? survivors[0] : null, result.Turns, placements);
        }
    }

    private int Lasted(int player)
    {
        var cycle = _game.Cycles[player];
        if (_lateEliminations.Contains(player)) return _game.Turn;
        return cycle.Alive ? int.MaxValue : cycle.DeathTurn ?? 0;
    }

    public string Describe() => $"{Settings.Width}x{Settings.Height}";

    /// <summary>A crash is a death; a cycle the match eliminated is the match's to report.</summary>
    public string? DeathOf(int player) =>
        _game.Cycles[player] is { Alive: false, DeathCause: not DeathCause.Eliminated, DeathReason: { } reason } ? reason : null;

    /// <summary>Where the cycle is and heads, which neighbouring cells are free, and where the living rivals are.</summary>
    public string DescribeView(int player)
    {
        var view = _game.ViewFor(player);
        var me = view.Me;
        var free = Directions.All.Where(d => d != me.Heading.Opposite() && view.IsFree(me.Head.Step(d))).ToList();
        var rivals = view.Cycles.Where(c => c.Player != player && c.Alive).Select(c => $"{c.Player} at ({c.Head.X},{c.Head.Y})").ToList();
        return $"at ({me.Head.X},{me.Head.Y}) heading {me.Heading}; free: {(free.Count == 0 ? "none" : string.Join(", ", free))}"
            + (rivals.Count == 0 ? "" : $"; rivals: {string.Join(", ", rivals)}");
    }

    /// <summary>
    /// The board size and, per turn from the start, each cycle's head and whether it lives; then how each
    /// cycle ended. A trail is the cells its head has been in, so the replay rebuilds the board from this.
    /// </summary>
    public void WriteReplay(Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteNumber("width", Settings.Width);
        json.WriteNumber("height", Settings.Height);
        json.WriteNumber("maxTurns", Settings.MaxTurns);
        json.WriteStartArray("frames");
        foreach (var frame in _frames)
        {
            json.WriteStartArray();
            foreach (var cycle in frame)
            {
                json.WriteStartArray();
                json.WriteNumberValue(cycle.Head.X);
                json.WriteNumberValue(cycle.Head.Y);
                json.WriteNumberValue(cycle.Alive ? 1 : 0);
                json.WriteEndArray();
            }
            json.WriteEndArray();
        }
        json.WriteEndArray();
        json.WriteStartArray("ends");
        var cycles = _game.Cycles;
        for (var player = 0; player < cycles.Count; player++)
        {
            var cycle = cycles[player];
            json.WriteStartObject();
            if (_lateEliminations.Contains(player))
            {
                json.WriteNumber("turn", _game.Turn);
                json.WriteString("cause", nameof(DeathCause.Eliminated));
                json.WriteString("reason", "eliminated in the turn the game ended");
            }
            else if (!cycle.Alive)
            {
                json.WriteNumber("turn", cycle.DeathTurn ?? 0);
                json.WriteString("cause", cycle.DeathCause?.ToString());
                json.WriteString("reason", cycle.DeathReason);
            }
            else
            {
                json.WriteNull("turn");
                json.WriteString("cause", "Survived");
                json.WriteString("reason", "alive at the end");
            }
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }
}
