using System.Reflection;
using System.Runtime.Loader;
using RestrictedCSharp.Games;

namespace RestrictedCSharp.Matches.Registry;

/// <summary>
/// Loads a game's definition assembly with its own dependencies (its engine, its API) beside it, in a
/// context of its own; the seam (<see cref="IGameDefinition"/>) always comes from rcsc's own copy, so the
/// definition's types are the ones rcsc knows. The game is the operator's code, trusted as rcsc is; bots
/// never run here.
/// </summary>
internal sealed class GameLoadContext(string definitionPath) : AssemblyLoadContext($"game:{Path.GetFileName(definitionPath)}")
{
    private static readonly string SeamName = typeof(IGameDefinition).Assembly.GetName().Name!;

    private readonly AssemblyDependencyResolver _resolver = new(definitionPath);

    protected override Assembly? Load(AssemblyName assemblyName)
    {
        if (assemblyName.Name == SeamName) return null;
        var path = _resolver.ResolveAssemblyToPath(assemblyName);
        return path is null ? null : LoadFromAssemblyPath(path);
    }

    /// <exception cref="GameRegistryException">The assembly or the type is missing, or the type is not a definition.</exception>
    public static IGameDefinition LoadDefinition(string game, string definitionPath, string typeName)
    {
        if (!File.Exists(definitionPath))
            throw new GameRegistryException($"game '{game}': its definition '{definitionPath}' does not exist (build the game first: dotnet build)");
        try
        {
            var assembly = new GameLoadContext(definitionPath).LoadFromAssemblyPath(definitionPath);
            var type = assembly.GetType(typeName, throwOnError: false)
                ?? throw new GameRegistryException($"game '{game}': '{definitionPath}' has no type '{typeName}'");
            if (!typeof(IGameDefinition).IsAssignableFrom(type))
                throw new GameRegistryException($"game '{game}': '{typeName}' does not implement {typeof(IGameDefinition).FullName}");
            return (IGameDefinition)Activator.CreateInstance(type)!;
        }
        catch (Exception e) when (e is BadImageFormatException or FileLoadException or FileNotFoundException or MissingMethodException or TargetInvocationException)
        {
            throw new GameRegistryException($"game '{game}': its definition does not load: {e.Message}", e);
        }
    }
}
