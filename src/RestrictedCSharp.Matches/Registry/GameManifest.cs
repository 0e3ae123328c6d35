using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using RestrictedCSharp.Games;

namespace RestrictedCSharp.Matches.Registry;

/// <summary>
/// One game's manifest (JSON, in the game's folder): its name, its definition (assembly and type), its API
/// assembly and its rules file. Paths are relative to the manifest; <c>$(Configuration)</c> in a path is
/// the configuration this library was built in, so a Debug rcsc plays the Debug build of a game.
/// </summary>
public static partial class GameManifest
{
    private const string ConfigurationToken = "$(Configuration)";

    /// <exception cref="GameRegistryException">The manifest is missing, unreadable, or names a file that does not exist.</exception>
    public static RegisteredGame Load(string path)
    {
        if (!File.Exists(path)) throw new GameRegistryException($"game manifest '{path}' does not exist");
        string name, definition, type, api, rules;
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path));
            var root = document.RootElement;
            name = Text(root, "name");
            definition = Text(root, "definition");
            type = Text(root, "type");
            api = Text(root, "api");
            rules = Text(root, "rules");
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or KeyNotFoundException)
        {
            throw new GameRegistryException($"game manifest '{path}' needs the strings name, definition, type, api and rules: {e.Message}", e);
        }
        if (!GameName().IsMatch(name)) throw new GameRegistryException($"game manifest '{path}': the name '{name}' is not lower case letters and digits");

        var folder = Path.GetDirectoryName(path)!;
        var definitionPath = Resolve(folder, definition);
        var apiPath = Resolve(folder, api);
        var rulesPath = Resolve(folder, rules);
        // The API and rules are needed to check a bot; a missing one is a build not done yet.
        foreach (var (what, file) in new[] { ("API assembly", apiPath), ("rules file", rulesPath) })
        {
            if (!File.Exists(file))
                throw new GameRegistryException($"game '{name}': its {what} '{file}' does not exist (build the game first: dotnet build)");
        }
        return new RegisteredGame(name, apiPath, rulesPath, () => GameLoadContext.LoadDefinition(name, definitionPath, type));
    }

    /// <summary>The configuration this library was built in (Debug, Release).</summary>
    public static string Configuration { get; } =
        typeof(GameManifest).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Release";

    private static string Resolve(string folder, string path) =>
        Path.GetFullPath(Path.Combine(folder, path.Replace(ConfigurationToken, Configuration, StringComparison.Ordinal)));

    private static string Text(JsonElement root, string property) =>
        root.GetProperty(property).GetString() ?? throw new InvalidOperationException($"'{property}' is null");

    [GeneratedRegex("^[a-z][a-z0-9]*$")]
    private static partial Regex GameName();
}
