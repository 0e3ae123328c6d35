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
/// <remarks>
/// The bot travels in the request itself, so the runner's sandbox reads no file of the bot's: the host sends
/// the bytes it audited. With the game's assemblies it must fit <see cref="MaxImageBytes"/>.
/// </remarks>
/// <param name="Assembly">The bot assembly.</param>
/// <param name="EntryTypeName">The entry class's full name, or null to find it.</param>
/// <param name="BotInterfaceName">Full name of the game's bot interface, or null.</param>
/// <param name="References">Further assemblies the bot may load (the game's API).</param>
/// <param name="Budgets">The budgets for the constructor and the default for calls.</param>
public sealed record LoadRequest(
    AssemblyImage Assembly,
    string? EntryTypeName,
    string? BotInterfaceName,
    IReadOnlyList<AssemblyImage> References,
    CallBudgets Budgets) : Request
{
    /// <summary>
    /// The most bytes of images (assemblies and PDBs) one load carries: 36 MiB, 48 MiB in base64, three quarters
    /// of <see cref="Frames.MaxRequestBytes"/>; the last quarter is far more than names and budgets need.
    /// </summary>
    public const int MaxImageBytes = 36 * 1024 * 1024;
}

/// <summary>An assembly's file, as bytes: its name (for messages), its image, and its separate PDB if it has one.</summary>
/// <remarks>A missing PDB is left out of the message; the runner reads an empty one as none.</remarks>
public sealed record AssemblyImage(
    string Name,
    byte[] Bytes,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] byte[]? Pdb = null)
{
    /// <summary>The bytes of the image and its PDB.</summary>
    [JsonIgnore]
    public long Length => Bytes.LongLength + (Pdb?.LongLength ?? 0);
}

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
