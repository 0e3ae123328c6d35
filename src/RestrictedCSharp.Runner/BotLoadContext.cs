using System.Reflection;
using System.Runtime.Loader;
using RestrictedCSharp.Guards;
using RestrictedCSharp.Protocol;

namespace RestrictedCSharp.Runner;

/// <summary>
/// Where the bot's assembly lives. It resolves the shared framework (from the default context), the
/// guard runtime (the very instance the runner controls, so budgets set here govern the bot's guards) and
/// the game's assemblies the host sent — nothing else: not the runner's own assemblies, no file, and no native
/// libraries. Every assembly comes from bytes in the load request: the sandbox reads no file of the bot's.
/// Never unloaded: one bot per process.
/// </summary>
internal sealed class BotLoadContext : AssemblyLoadContext
{
    private static readonly Assembly GuardRuntime = typeof(Guard).Assembly;
    private static readonly Lazy<HashSet<string>> FrameworkAssemblies = new(FindFrameworkAssemblies);

    private readonly Dictionary<string, Assembly> _references = new(StringComparer.OrdinalIgnoreCase);

    /// <exception cref="BadImageFormatException">A reference is not an assembly.</exception>
    /// <exception cref="ArgumentException">Two references have the same assembly name.</exception>
    public BotLoadContext(IEnumerable<AssemblyImage> references) : base("bot", isCollectible: false)
    {
        // The game's assemblies are the operator's, loaded up front: their names are only known once loaded.
        foreach (var reference in references)
        {
            var assembly = Load(reference);
            _references.Add(assembly.GetName().Name ?? reference.Name, assembly);
        }
    }

    /// <summary>Loads an image (with its PDB, when separate) into this context.</summary>
    public Assembly Load(AssemblyImage image)
    {
        using var assembly = new MemoryStream(image.Bytes, writable: false);
        using var pdb = image.Pdb is { Length: > 0 } symbols ? new MemoryStream(symbols, writable: false) : null;
        return LoadFromStream(assembly, pdb);
    }

    protected override Assembly? Load(AssemblyName assemblyName)
    {
        var name = assemblyName.Name ?? "";
        if (string.Equals(name, GuardRuntime.GetName().Name, StringComparison.OrdinalIgnoreCase)) return GuardRuntime;
        if (_references.TryGetValue(name, out var reference)) return reference;
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
