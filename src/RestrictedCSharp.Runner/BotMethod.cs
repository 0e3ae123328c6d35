using System.Reflection;
using System.Text.Json;

namespace RestrictedCSharp.Runner;

/// <summary>
/// A method the host may call, with what every call of it needs looked up once (its parameters, whether it
/// returns a value) rather than per call. Binding, invoking and serializing may run bot code: callers run
/// them under a budget.
/// </summary>
internal sealed class BotMethod(MethodInfo method)
{
    private readonly ParameterInfo[] _parameters = method.GetParameters();
    private readonly Type? _resultType = method.ReturnType == typeof(void) ? null : method.ReturnType;

    /// <summary>One argument per parameter, from JSON.</summary>
    /// <exception cref="ArgumentBindingException">An argument does not fit its parameter.</exception>
    public object?[] Bind(JsonElement[] arguments)
    {
        var bound = new object?[_parameters.Length];
        for (var i = 0; i < _parameters.Length; i++)
        {
            try
            {
                bound[i] = arguments[i].Deserialize(_parameters[i].ParameterType, BotJson.Options);
            }
            catch (Exception e) when (e is JsonException or NotSupportedException)
            {
                throw new ArgumentBindingException(
                    $"Argument {i + 1} does not fit parameter '{_parameters[i].Name}' ({_parameters[i].ParameterType.Name}) of {method.Name}: {e.Message}");
            }
        }
        return bound;
    }

    /// <summary>Calls the method; what the bot throws propagates unwrapped.</summary>
    public object? Invoke(object instance, object?[] arguments) =>
        method.Invoke(instance, BindingFlags.DoNotWrapExceptions, binder: null, arguments, culture: null);

    /// <summary>The result as JSON; null for a void method.</summary>
    public JsonElement? Serialize(object? returned) =>
        _resultType is null ? null : JsonSerializer.SerializeToElement(returned, _resultType, BotJson.Options);
}

/// <summary>The host's arguments do not fit the method's parameters: the call is rejected, the bot goes on.</summary>
internal sealed class ArgumentBindingException(string message) : Exception(message);
