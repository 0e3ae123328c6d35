using LightCycles.Api;

namespace LightCycles.Engine;

/// <summary>
/// A game of Light Cycles. Every turn all living cycles move at once, one cell each, leaving a trail.
/// A cycle dies when it leaves the board, enters a trail (its own included), enters the same cell as
/// another cycle, or swaps cells with another (head-on). The game ends when at most one cycle is alive or
/// after <see cref="GameSettings.MaxTurns"/> turns. Deterministic: the same settings and moves give the
/// same states, bit for bit.
/// </summary>
public sealed class Game
{
    private readonly GameSettings _settings;
    private readonly int[] _cells;
    private readonly CycleState[] _cycles;
    private readonly ulong[] _seeds;

    /// <exception cref="ArgumentOutOfRangeException">A setting is out of range.</exception>
    public Game(GameSettings settings)
        : this(settings, StartPositions.For(settings?.Validate() ?? throw new ArgumentNullException(nameof(settings))))
    {
    }

    /// <summary>A game with chosen start positions, for tests of the rules.</summary>
    internal Game(GameSettings settings, IReadOnlyList<(Position Head, Direction Heading)> starts)
    {
        _settings = settings.Validate();
        if (starts.Count != settings.Players) throw new ArgumentException("One start per player.", nameof(starts));
        _cells = new int[settings.Width * settings.Height];
        Array.Fill(_cells, GameView.Free);
        _cycles = new CycleState[settings.Players];
        _seeds = new ulong[settings.Players];
        for (var player = 0; player < settings.Players; player++)
        {
            var (head, heading) = starts[player];
            if (!InBounds(head) || _cells[IndexOf(head)] != GameView.Free)
                throw new ArgumentException($"Player {player}'s start {head} is off the board or taken.", nameof(starts));
            _cycles[player] = new CycleState(player, head, heading, Alive: true);
            _cells[IndexOf(head)] = player;
            _seeds[player] = PlayerSeeds.For(settings.Seed, player);
        }
    }

    public GameSettings Settings => _settings;

    /// <summary>Turns played so far.</summary>
    public int Turn { get; private set; }

    public bool IsOver { get; private set; }

    /// <summary>Every cycle now, indexed by player.</summary>
    public IReadOnlyList<CycleState> Cycles => Array.AsReadOnly((CycleState[])_cycles.Clone());

    /// <summary>The board now, row-major: <see cref="GameView.Free"/> or the player whose trail fills the cell.</summary>
    public IReadOnlyList<int> Cells => Array.AsReadOnly((int[])_cells.Clone());

    /// <summary>The board as <paramref name="player"/> sees it before the next move.</summary>
    public GameView ViewFor(int player)
    {
        CheckPlayer(player);
        var cycles = new CycleView[_cycles.Length];
        for (var i = 0; i < _cycles.Length; i++)
            cycles[i] = new CycleView(i, _cycles[i].Head, _cycles[i].Heading, _cycles[i].Alive);
        return new GameView(_settings.Width, _settings.Height, Turn, player, cycles, _cells, _seeds[player]);
    }

    /// <summary>
    /// Removes a living cycle before the next move (its trail stays). Its death turn is the turns played so
    /// far, so it places below every cycle that dies in a later move. Eliminating a dead cycle does nothing.
    /// </summary>
    public void Eliminate(int player, string reason)
    {
        CheckPlayer(player);
        ArgumentNullException.ThrowIfNull(reason);
        if (IsOver) throw new InvalidOperationException("The game is over.");
        if (!_cycles[player].Alive) return;
        _cycles[player] = _cycles[player] with
        {
            Alive = false,
            DeathTurn = Turn,
            DeathCause = DeathCause.Eliminated,
            DeathReason = $"eliminated: {reason}",
        };
        UpdateIsOver();
    }

    /// <summary>
    /// Plays one turn: one entry per player (ignored for dead cycles); null keeps the heading (a turn the
    /// bot failed), and reversing onto the cycle's own neck counts as going straight.
    /// </summary>
    /// <exception cref="ArgumentException">Not one move per player.</exception>
    /// <exception cref="InvalidOperationException">The game is over.</exception>
    public TurnResult Step(IReadOnlyList<Direction?> moves)
    {
        ArgumentNullException.ThrowIfNull(moves);
        if (moves.Count != _cycles.Length)
            throw new ArgumentException($"Expected {_cycles.Length} moves, one per player; got {moves.Count}.", nameof(moves));
        if (IsOver) throw new InvalidOperationException("The game is over.");
        for (var player = 0; player < moves.Count; player++)
        {
            if (moves[player] is { } move && !Enum.IsDefined(move))
                throw new ArgumentException($"Player {player}'s move {(int)move} is not a direction.", nameof(moves));
        }

        Turn++;
        var count = _cycles.Length;
        var headings = new Direction?[count];
        var targets = new Position[count];
        for (var player = 0; player < count; player++)
        {
            var cycle = _cycles[player];
            if (!cycle.Alive) continue;
            var heading = moves[player] is { } move && move != cycle.Heading.Opposite() ? move : cycle.Heading;
            headings[player] = heading;
            targets[player] = cycle.Head.Step(heading);
        }

        var deaths = new (DeathCause Cause, string Reason)?[count];
        for (var player = 0; player < count; player++)
        {
            if (headings[player] is not null) deaths[player] = Collision(player, headings, targets);
        }

        var died = new List<CycleState>();
        for (var player = 0; player < count; player++)
        {
            if (headings[player] is not { } heading) continue;
            if (deaths[player] is { } death)
            {
                _cycles[player] = _cycles[player] with
                {
                    Heading = heading,
                    Alive = false,
                    DeathTurn = Turn,
                    DeathCause = death.Cause,
                    DeathReason = death.Reason,
                };
                died.Add(_cycles[player]);
            }
            else
            {
                _cycles[player] = _cycles[player] with { Head = targets[player], Heading = heading };
                _cells[IndexOf(targets[player])] = player;
            }
        }

        UpdateIsOver();
        return new TurnResult(Turn, Array.AsReadOnly(headings), died.AsReadOnly(), IsOver);
    }

    /// <summary>How the game ended.</summary>
    /// <exception cref="InvalidOperationException">The game is not over yet.</exception>
    public GameResult Result
    {
        get
        {
            if (!IsOver) throw new InvalidOperationException("The game is not over yet.");
            var alive = _cycles.Where(c => c.Alive).ToList();
            var placements = new int[_cycles.Length];
            for (var player = 0; player < _cycles.Length; player++)
            {
                var lasted = Lasted(_cycles[player]);
                placements[player] = 1 + _cycles.Count(other => Lasted(other) > lasted);
            }
            return new GameResult(alive.Count == 1 ? alive[0].Player : null, Turn, Array.AsReadOnly(placements));
        }
    }

    /// <summary>The first fatal thing, in order of precedence: the wall, a head-on swap, a trail, a shared cell.</summary>
    private (DeathCause, string)? Collision(int player, Direction?[] headings, Position[] targets)
    {
        var target = targets[player];
        if (!InBounds(target)) return (DeathCause.Wall, "hit the wall");
        for (var other = 0; other < _cycles.Length; other++)
        {
            if (other != player && headings[other] is not null
                && targets[other] == _cycles[player].Head && target == _cycles[other].Head)
                return (DeathCause.HeadOn, $"head-on with player {other}");
        }
        var owner = _cells[IndexOf(target)];
        if (owner != GameView.Free)
            return (DeathCause.Trail, owner == player ? "hit its own trail" : $"hit player {owner}'s trail");
        for (var other = 0; other < _cycles.Length; other++)
        {
            if (other != player && headings[other] is not null && targets[other] == target)
                return (DeathCause.SameCell, $"entered the same cell as player {other}");
        }
        return null;
    }

    private static int Lasted(CycleState cycle) => cycle.Alive ? int.MaxValue : cycle.DeathTurn ?? 0;

    private void UpdateIsOver() =>
        IsOver = _cycles.Count(c => c.Alive) <= 1 || Turn >= _settings.MaxTurns;

    private bool InBounds(Position position) =>
        (uint)position.X < (uint)_settings.Width && (uint)position.Y < (uint)_settings.Height;

    private int IndexOf(Position position) => position.Y * _settings.Width + position.X;

    private void CheckPlayer(int player)
    {
        if ((uint)player >= (uint)_cycles.Length)
            throw new ArgumentOutOfRangeException(nameof(player), player, $"There are {_cycles.Length} players.");
    }
}
