using System.Reflection;
using System.Text.Json;

namespace LightCycles.Tests.Api;

/// <summary>The runner's own JSON options (read from the runner assembly, so these tests cannot drift from it).</summary>
internal static class RunnerJson
{
    public static JsonSerializerOptions Options { get; } = Load();

    private static JsonSerializerOptions Load()
    {
        var runner = Assembly.Load("RestrictedCSharp.Runner");
        var type = runner.GetType("RestrictedCSharp.Runner.BotJson", throwOnError: true)!;
        return (JsonSerializerOptions)type.GetField("Options", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
    }

    public static T RoundTrip<T>(T value) =>
        JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(value, Options), Options)!;
}
