using System.Text.Json;
using System.Text.Json.Serialization;

namespace RestrictedCSharp.Protocol;

/// <summary>A message from the host to a runner. Every request gets exactly one reply.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(LoadRequest), "load")]
[JsonDerivedType(typeof(CallRequest), "call")]
[JsonDerivedType(typeof(PingRequest), "ping")]
[JsonDerivedType(typeof(SelfTestRequest), "self-test")]
[JsonDerivedType(typeof(ShutdownRequest), "shutdown")]
public abstract record Request;

/// <summary>
/// Load the compiled bot and construct its entry class (under <see cref="Budgets"/>). Accepted once per
/// process. Reply: <see cref="CallResultReply"/> (the constructor's outcome; on <c>ok</c> the value is a
/// <see cref="LoadedBot"/>) or <see cref="ErrorReply"/> when there is nothing to run.
/// </summary>
/// <param name="AssemblyPath">The bot assembly, inside the runner's read-only paths.</param>
/// <param name="EntryTypeName">The entry class's full name, or null to find it.</param>
/// <param name="BotInterfaceName">Full name of the game's bot interface, or null.</param>
/// <param name="ReferencePaths">Further assemblies the bot may load (the game's API), inside the read-only paths.</param>
/// <param name="Budgets">The budgets for the constructor and the default for calls.</param>
public sealed record LoadRequest(
    string AssemblyPath,
    string? EntryTypeName,
    string? BotInterfaceName,
    IReadOnlyList<string> ReferencePaths,
    CallBudgets Budgets) : Request;

/// <summary>Call a public instance method of the loaded bot. Reply: <see cref="CallResultReply"/>.</summary>
/// <param name="Method">The method's name.</param>
/// <param name="Arguments">One JSON value per parameter.</param>
/// <param name="Budgets">This call's budgets, or null for the load's.</param>
public sealed record CallRequest(string Method, JsonElement[] Arguments, CallBudgets? Budgets = null) : Request;

/// <summary>Reply: <see cref="PongReply"/>.</summary>
public sealed record PingRequest : Request;

/// <summary>Attempt each escape the sandbox must refuse, before any bot is loaded. Reply: <see cref="SelfTestReply"/>.</summary>
/// <param name="ReadPath">A file outside the sandbox that exists.</param>
/// <param name="WriteDirectory">A directory the host can write to.</param>
/// <param name="TcpPort">A loopback TCP port the host listens on.</param>
public sealed record SelfTestRequest(string ReadPath, string WriteDirectory, int TcpPort) : Request;

/// <summary>Exit cleanly. No reply; the runner closes its output.</summary>
public sealed record ShutdownRequest : Request;
