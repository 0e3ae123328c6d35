using System.Reflection;
using System.Runtime.Loader;
using RestrictedCSharp.Guards;

namespace RestrictedCSharp.Runner;

/// <summary>
/// Where the bot's assembly lives. It resolves the shared framework (from the default context), the
/// guard runtime (the very instance the runner controls, so budgets set here govern the bot's guards) and
/// the game's assemblies the host named — nothing else: not the runner's own assemblies, and no native
/// libraries. Never unloaded: one bot per process.
/// </summary>
internal sealed class BotLoadContext : AssemblyLoadContext
{
    private static readonly Assembly GuardRuntime = typeof(Guard).Assembly;
    private static readonly Lazy<HashSet<string>> FrameworkAssemblies = new(FindFrameworkAssemblies);

    private readonly Dictionary<string, string> _references;

    public BotLoadContext(IEnumerable<string> referencePaths) : base("bot", isCollectible: false)
    {
        _references = referencePaths.ToDictionary(
            p => AssemblyName.GetAssemblyName(p).Name ?? Path.GetFileNameWithoutExtension(p), StringComparer.OrdinalIgnoreCase);
    }

    protected override Assembly? Load(AssemblyName assemblyName)
    {
        var name = assemblyName.Name ?? "";
        if (string.Equals(name, GuardRuntime.GetName().Name, StringComparison.OrdinalIgnoreCase)) return GuardRuntime;
        if (_references.TryGetValue(name, out var path)) return LoadFromAssemblyPath(path);
        if (FrameworkAssemblies.Value.Contains(name)) return null; // the default context has it
        throw new FileNotFoundException(
            $"The bot referenced '{assemblyName}', which is neither part of the framework, the guard runtime nor the game's assemblies.");
    }

    protected override nint LoadUnmanagedDll(string unmanagedDllName) =>
        throw new DllNotFoundException($"A bot may not load native libraries ('{unmanagedDllName}').");

    /// <summary>The shared framework's assemblies: the trusted platform assemblies under the runtime directory.</summary>
    private static HashSet<string> FindFrameworkAssemblies()
    {
        var runtimeDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var trusted = (AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string ?? "").Split(Path.PathSeparator);
        return trusted
            .Where(p => Path.GetDirectoryName(p) == runtimeDirectory)
            .Select(Path.GetFileNameWithoutExtension)
            .OfType<string>()
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
    }
}
