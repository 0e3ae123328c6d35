using System.Text.Json;

namespace RestrictedCSharp.Benchmarks.Alternatives.Report;

/// <summary>The out-of-process parts write their figures as JSON files into one results folder; the report reads them.</summary>
internal static class ResultFiles
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true };

    public static void Write<T>(string folder, string name, T value)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, name + ".json"), JsonSerializer.Serialize(value, Options));
    }

    public static T? Read<T>(string folder, string name)
    {
        var path = Path.Combine(folder, name + ".json");
        return File.Exists(path) ? JsonSerializer.Deserialize<T>(File.ReadAllText(path), Options) : default;
    }
}
