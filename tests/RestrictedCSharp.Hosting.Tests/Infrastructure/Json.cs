using System.Text.Json;

namespace RestrictedCSharp.Hosting.Tests.Infrastructure;

internal static class Json
{
    /// <summary>Call arguments: each value serialized to a JSON element.</summary>
    public static JsonElement[] Args(params object?[] values) =>
        [.. values.Select(v => JsonSerializer.SerializeToElement(v, v?.GetType() ?? typeof(object)))];

    public static readonly JsonElement[] None = [];
}
