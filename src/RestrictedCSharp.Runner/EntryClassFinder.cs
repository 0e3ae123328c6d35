using System.Reflection;

namespace RestrictedCSharp.Runner;

/// <summary>
/// Picks the bot's entry class among its public, concrete, non-generic classes with a public parameterless
/// constructor: the one the host names; else the one implementing the game's bot interface; else the
/// only such class. Anything ambiguous is an error that lists the candidates.
/// </summary>
internal static class EntryClassFinder
{
    public static Type Find(Assembly bot, string? entryTypeName, string? botInterfaceName)
    {
        var candidates = bot.GetExportedTypes().Where(IsConstructible).ToList();
        if (entryTypeName is not null)
        {
            return candidates.FirstOrDefault(t => t.FullName == entryTypeName)
                ?? throw new EntryClassException(
                    $"The bot has no public class '{entryTypeName}' with a public parameterless constructor{Listing(candidates)}.");
        }
        if (botInterfaceName is not null)
        {
            var implementers = candidates.Where(t => t.GetInterfaces().Any(i => i.FullName == botInterfaceName)).ToList();
            return implementers.Count switch
            {
                1 => implementers[0],
                0 => throw new EntryClassException($"No public class of the bot implements {botInterfaceName}{Listing(candidates)}."),
                _ => throw new EntryClassException($"Several classes implement {botInterfaceName}; name one{Listing(implementers)}."),
            };
        }
        return candidates.Count switch
        {
            1 => candidates[0],
            0 => throw new EntryClassException("The bot has no public class with a public parameterless constructor."),
            _ => throw new EntryClassException($"The bot has several public classes with a public parameterless constructor; name one{Listing(candidates)}."),
        };
    }

    private static bool IsConstructible(Type type) =>
        type is { IsClass: true, IsAbstract: false, ContainsGenericParameters: false }
        && !typeof(Delegate).IsAssignableFrom(type)
        && type.GetConstructor(Type.EmptyTypes) is not null;

    private static string Listing(IEnumerable<Type> types)
    {
        var names = types.Select(t => t.FullName).ToList();
        return names.Count == 0 ? "" : $" (candidates: {string.Join(", ", names)})";
    }
}

/// <summary>The bot's entry class cannot be determined.</summary>
internal sealed class EntryClassException(string message) : Exception(message);
