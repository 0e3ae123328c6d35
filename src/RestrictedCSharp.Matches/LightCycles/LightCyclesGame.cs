using System.Text.Json;
using LightCycles.Api;
using LightCycles.Engine;
using RestrictedCSharp.Matches.Play;

namespace RestrictedCSharp.Matches.LightCycles;

/// <summary>
/// Light Cycles behind the match loop's seam: views go to the bots as JSON (web conventions, as the runner
/// reads them), replies come back as <see cref="TurnReply"/>, and every step is recorded for the replay.
/// </summary>
internal sealed class LightCyclesGame : ITurnGame<Direction>
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

    public JsonElement ViewFor(int player) => JsonSerializer.SerializeToElement(_game.ViewFor(player), Json);

    public ReplyReading<Direction> ReadReply(JsonElement? reply)
    {
        if (reply is not { ValueKind: JsonValueKind.Object } value)
            return ReplyReading<Direction>.Illegal($"the reply is not a {nameof(TurnReply)} object");
        TurnReply? turn;
        try
        {
            turn = value.Deserialize<TurnReply>(Json);
        }
        catch (Exception e) when (e is JsonException or NotSupportedException or ArgumentException or InvalidOperationException)
        {
            return ReplyReading<Direction>.Illegal($"the reply is not a {nameof(TurnReply)}: {e.Message}");
        }
        if (turn is null || !Enum.IsDefined(turn.Direction))
            return ReplyReading<Direction>.Illegal("the reply has no direction (Up, Right, Down or Left)");
        return new ReplyReading<Direction>(turn.Direction, BoundedLog(turn.Log), null);
    }

    public void Eliminate(int player, string reason)
    {
        if (!IsAlive(player)) return;
        if (_game.IsOver) _lateEliminations.Add(player);
        else _game.Eliminate(player, reason);
    }

    public void Step(IReadOnlyList<Direction?> moves)
    {
        _game.Step(moves);
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

    /// <summary>
    /// The API's log is bounded in the bot's process, but a reply is the bot's to forge: the host bounds it
    /// again (the API's lines plus its "dropped" line, each cut to the API's length).
    /// </summary>
    private static IReadOnlyList<string> BoundedLog(IReadOnlyList<string>? log)
    {
        if (log is null || log.Count == 0) return [];
        var kept = log.Take(BotLog.MaxLines + 1)
            .Select(line => WellFormed(line is null ? "" : line.Length <= BotLog.MaxLineLength ? line : line[..BotLog.MaxLineLength]))
            .ToList();
        if (log.Count > BotLog.MaxLines + 1) kept.Add($"({log.Count - BotLog.MaxLines - 1} more lines dropped by the host)");
        return kept;
    }

    /// <summary>The text with every unpaired surrogate replaced, so that it can be written as JSON.</summary>
    private static string WellFormed(string text)
    {
        if (!text.Any(char.IsSurrogate)) return text;
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1])) { i++; continue; }
            if (char.IsSurrogate(chars[i])) chars[i] = '\uFFFD';
        }
        return new string(chars);
    }
}
