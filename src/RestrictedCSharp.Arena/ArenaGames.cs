using System.Collections.Concurrent;
using RestrictedCSharp.Compiler;
using RestrictedCSharp.Matches;
using RestrictedCSharp.Matches.Registry;
using RestrictedCSharp.Rules;

namespace RestrictedCSharp.Arena;

/// <summary>
/// The games an arena hosts (from the game registry, narrowed by <see cref="ArenaOptions.Games"/>), with what a
/// match of each is played with: its rules (for the IL audit and the budgets), its settings and its budgets.
/// </summary>
public sealed class ArenaGames
{
    private readonly ArenaOptions _options;
    private readonly Dictionary<string, RegisteredGame> _games;
    private readonly ConcurrentDictionary<string, RuleSet> _rules = new(StringComparer.Ordinal);

    /// <exception cref="GameRegistryException">The registry, or a game named in the options, is missing or unreadable.</exception>
    public ArenaGames(ArenaOptions options)
    {
        _options = options;
        var registry = GameRegistry.Find(options.GameRegistryPath);
        RegistryPath = registry.Source;
        var hosted = options.Games.Count == 0 ? registry.Games : [.. options.Games.Distinct(StringComparer.Ordinal).Select(registry.Get)];
        _games = hosted.ToDictionary(g => g.Name, StringComparer.Ordinal);
    }

    /// <summary>The registry file the games came from (the judge's worker reads the same one).</summary>
    public string? RegistryPath { get; }

    public IReadOnlyCollection<string> Names => _games.Keys;

    public bool TryGet(string? name, out RegisteredGame game)
    {
        game = null!;
        return name is not null && _games.TryGetValue(name, out game!);
    }

    public RegisteredGame Get(string name) =>
        _games.TryGetValue(name, out var game) ? game : throw new InvalidOperationException($"the arena does not host '{name}'");

    /// <summary>The game's rules file, read once.</summary>
    /// <exception cref="InvalidDataException">The rules file has errors (the operator's, not an author's).</exception>
    public RuleSet RulesOf(string name) => _rules.GetOrAdd(name, n =>
    {
        var loaded = RulesFiles.Load(Get(n).RulesPath);
        return loaded.Rules ?? throw new InvalidDataException($"game '{n}': its rules file has errors: {string.Join("; ", loaded.Diagnostics.Select(d => d.Message))}");
    });

    public IReadOnlyDictionary<string, string> SettingsOf(string name) =>
        _options.Settings.TryGetValue(name, out var settings) ? settings : new Dictionary<string, string>();

    /// <summary>The budgets a new match of the game is played under: its rules', with the operator's ticks per turn.</summary>
    public MatchBudgets BudgetsOf(string name)
    {
        var budgets = MatchBudgets.FromRules(RulesOf(name));
        return _options.TicksPerTurn is { } ticks ? budgets with { Bot = budgets.Bot with { Ticks = ticks } } : budgets;
    }
}
