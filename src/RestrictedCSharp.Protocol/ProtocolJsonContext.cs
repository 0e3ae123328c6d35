using System.Text.Json.Serialization;

namespace RestrictedCSharp.Protocol;

/// <summary>Source-generated serializers for every message: no reflection on the hot path.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    UseStringEnumConverter = true,
    // Untrusted bytes: a missing required field or a null where none is allowed is an invalid message.
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true)]
[JsonSerializable(typeof(Request))]
[JsonSerializable(typeof(Reply))]
[JsonSerializable(typeof(LoadedBot))]
[JsonSerializable(typeof(CallResult))]
internal sealed partial class ProtocolJsonContext : JsonSerializerContext;
