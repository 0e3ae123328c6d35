// Parses game settings text with Split and CultureInfo.InvariantCulture.
using System;
using System.Collections.Generic;
using System.Globalization;

namespace Settings;

public sealed record Setting(string Key, double Value);

public static class SettingsParser
{
    public static List<Setting> Parse(string text)
    {
        var result = new List<Setting>();
        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (line.StartsWith('#'))
            {
                continue;
            }

            var parts = line.Split('=', 2);
            if (parts.Length == 2 && double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                result.Add(new Setting(parts[0].Trim().ToLowerInvariant(), value));
            }
        }

        return result;
    }

    public static string Format(IEnumerable<Setting> settings) =>
        string.Join(";", MapAll(settings));

    private static IEnumerable<string> MapAll(IEnumerable<Setting> settings)
    {
        foreach (var s in settings)
        {
            yield return s.Key + "=" + s.Value.ToString("R", CultureInfo.InvariantCulture);
        }
    }
}
