using System.Globalization;

namespace RestrictedCSharp.Games;

/// <summary>
/// What a game is set up with: its number of players, the match's seed, and the settings given (by name;
/// those not given take their <see cref="GameSetting.Default"/>).
/// </summary>
public sealed record GameSetup(int Players, ulong Seed, IReadOnlyDictionary<string, string> Values)
{
    public GameSetup(int players, ulong seed)
        : this(players, seed, new Dictionary<string, string>(StringComparer.Ordinal))
    {
    }

    /// <summary>A whole-number setting, or its default.</summary>
    /// <exception cref="GameSetupException">The value is not a whole number.</exception>
    public int Int(GameSetting setting)
    {
        var text = Values.TryGetValue(setting.Name, out var given) ? given : setting.Default;
        return int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new GameSetupException($"{setting.Name} must be a whole number; '{text}' is not");
    }
}

/// <summary>A setting or a number of players the game does not take; the message names it and its range.</summary>
public sealed class GameSetupException(string message) : Exception(message);
