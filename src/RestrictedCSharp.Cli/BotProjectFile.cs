using System.Text.Json;
using RestrictedCSharp.Compiler;

namespace RestrictedCSharp.Cli;

/// <summary>
/// <c>rcsc.json</c>, <c>{"game": "NAME"}</c>: the game a bot project is for, written by the game's bot template so
/// that <c>rcsc check</c>, <c>build</c>, <c>show-rewrite</c> and <c>run</c> inside the project need no <c>--game</c>.
/// Found as <c>restricted.rules</c> is: the nearest at or above the first input. <c>--game</c> wins over it.
/// </summary>
internal static class BotProjectFile
{
    public const string FileName = "rcsc.json";

    /// <summary>The game named by the nearest <c>rcsc.json</c> at or above <paramref name="input"/>; null when there is none.</summary>
    /// <exception cref="CliException">The file is not <c>{"game": "NAME"}</c>.</exception>
    public static string? GameNear(string input)
        => NearestFile.Find(input, FileName) is { } path ? Read(path) : null;

    private static string Read(string path)
    {
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path));
            if (document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("game", out var game)
                && game.ValueKind == JsonValueKind.String
                && game.GetString() is { Length: > 0 } name)
            {
                return name;
            }
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
        {
            throw new CliException($"'{path}' is not readable JSON: {e.Message}");
        }

        throw new CliException($"'{path}': expected {{\"game\": \"NAME\"}}");
    }
}
