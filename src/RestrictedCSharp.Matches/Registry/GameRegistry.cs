using System.Text.Json;
using RestrictedCSharp.Compiler;

namespace RestrictedCSharp.Matches.Registry;

/// <summary>
/// The games rcsc knows: a registry file (JSON, <c>{"games": ["path/to/game.json", ...]}</c>, paths relative to
/// it) naming one manifest per game (see <see cref="GameManifest"/>). The operator chooses the file: given
/// explicitly (<c>--games</c>), else <see cref="EnvironmentVariable"/>, else the nearest <see cref="FileName"/>
/// at or above the current directory, as <c>global.json</c> is found. rcsc links no game in: the games live
/// with their samples (or anywhere the operator keeps them), and only this file says where.
/// </summary>
public sealed class GameRegistry
{
    public const string FileName = "rcsc-games.json";

    public const string EnvironmentVariable = "RCSC_GAMES";

    private readonly IReadOnlyList<RegisteredGame> _games;

    private GameRegistry(string? source, IReadOnlyList<RegisteredGame> games)
    {
        Source = source;
        _games = games;
    }

    /// <summary>The registry file the games came from; null when there was none.</summary>
    public string? Source { get; }

    public IReadOnlyList<RegisteredGame> Games => _games;

    /// <summary>The registry file to read: <paramref name="explicitPath"/>, else the environment's, else the nearest above <paramref name="startDirectory"/>; null when none.</summary>
    public static string? Locate(string? explicitPath, string? environmentPath, string startDirectory)
    {
        if (!string.IsNullOrEmpty(explicitPath)) return explicitPath;
        if (!string.IsNullOrEmpty(environmentPath)) return environmentPath;
        return NearestFile.Find(startDirectory, FileName);
    }

    /// <summary>The registry found as <see cref="Locate"/> says, for this process.</summary>
    /// <exception cref="GameRegistryException">The file or one of its manifests is missing or unreadable.</exception>
    public static GameRegistry Find(string? explicitPath = null) =>
        Load(Locate(explicitPath, Environment.GetEnvironmentVariable(EnvironmentVariable), Directory.GetCurrentDirectory()));

    /// <summary>Reads a registry file and its manifests (not the games' code); null reads as no games.</summary>
    /// <exception cref="GameRegistryException">The file or one of its manifests is missing or unreadable, or two games share a name.</exception>
    public static GameRegistry Load(string? path)
    {
        if (path is null) return new GameRegistry(null, []);
        if (!File.Exists(path)) throw new GameRegistryException($"game registry '{path}' does not exist");
        List<string> manifests;
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path));
            if (!document.RootElement.TryGetProperty("games", out var list) || list.ValueKind != JsonValueKind.Array)
                throw new GameRegistryException($"game registry '{path}': expected {{\"games\": [\"path/to/game.json\", ...]}}");
            manifests = [.. list.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.String ? e.GetString()! : throw new GameRegistryException($"game registry '{path}': every entry of \"games\" is a path"))];
        }
        catch (JsonException e)
        {
            throw new GameRegistryException($"game registry '{path}' is not valid JSON: {e.Message}", e);
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var games = manifests.Select(m => GameManifest.Load(Path.GetFullPath(Path.Combine(folder, m)))).ToList();
        var duplicate = games.GroupBy(g => g.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new GameRegistryException($"game registry '{path}' names two games '{duplicate.Key}'");
        return new GameRegistry(Path.GetFullPath(path), games);
    }

    /// <exception cref="GameRegistryException">No game of that name is registered.</exception>
    public RegisteredGame Get(string name)
    {
        var game = _games.FirstOrDefault(g => g.Name == name);
        if (game is not null) return game;
        if (Source is null)
            throw new GameRegistryException($"no game registry: give --games FILE, set {EnvironmentVariable}, or put a {FileName} at or above the current directory");
        var known = _games.Count == 0 ? "none" : string.Join(", ", _games.Select(g => g.Name));
        throw new GameRegistryException($"no game '{name}' in {Source} (registered: {known})");
    }
}
