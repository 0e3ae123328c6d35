using RestrictedCSharp.Games;

namespace RestrictedCSharp.Matches.Registry;

/// <summary>
/// A game rcsc can play: its name, the API assembly bots compile against and load, its rules file, and its
/// definition, loaded only when a match needs it (checking a bot never runs game code).
/// </summary>
public sealed class RegisteredGame
{
    private readonly Lazy<IGameDefinition> _definition;

    public RegisteredGame(string name, string apiAssemblyPath, string rulesPath, Func<IGameDefinition> loadDefinition)
    {
        Name = name;
        ApiAssemblyPath = apiAssemblyPath;
        RulesPath = rulesPath;
        _definition = new Lazy<IGameDefinition>(() =>
        {
            var definition = loadDefinition();
            if (definition.Name != name)
                throw new GameRegistryException($"game '{name}': its definition calls itself '{definition.Name}'");
            return definition;
        });
    }

    /// <summary>A game whose definition is already at hand (a host that links the game in).</summary>
    public RegisteredGame(IGameDefinition definition, string apiAssemblyPath, string rulesPath)
        : this(definition.Name, apiAssemblyPath, rulesPath, () => definition)
    {
    }

    public string Name { get; }

    public string ApiAssemblyPath { get; }

    public string RulesPath { get; }

    /// <exception cref="GameRegistryException">The definition cannot be loaded.</exception>
    public IGameDefinition Definition => _definition.Value;
}

/// <summary>The game registry, a game manifest or a game definition is missing or unreadable; the message says which and why.</summary>
public sealed class GameRegistryException(string message, Exception? inner = null) : Exception(message, inner);
