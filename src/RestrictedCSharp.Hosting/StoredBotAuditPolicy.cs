using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Security.Cryptography;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using RestrictedCSharp.Audit;
using RestrictedCSharp.Protocol;
using RestrictedCSharp.Rules;
using RuleSet = RestrictedCSharp.Rules.RuleSet;

namespace RestrictedCSharp.Hosting;

/// <summary>
/// The audit policy for a stored bot, the same as the build's: the rules (with the guard runtime's allowance), and the
/// denials members inherit from what they override or implement (<see cref="InheritedDenials"/>). The build finds
/// library members in its compilation; the host, which compiles nothing, in a metadata-only compilation of the
/// framework it runs bots on and the game's assemblies.
/// </summary>
internal static class StoredBotAuditPolicy
{
    // The framework's managed assemblies: the trusted-platform list, limited to the runtime's own directory.
    private static readonly Lazy<ImmutableArray<MetadataReference>> Framework = new(LoadFramework, LazyThreadSafetyMode.ExecutionAndPublication);

    // One compilation per set of game assemblies (by content), so its symbols are loaded once, not per bot.
    private const int CachedCompilations = 16;
    private static readonly ConcurrentDictionary<string, Compilation> Compilations = new(StringComparer.Ordinal);

    public static AuditPolicy Create(RuleSet rules, IReadOnlyList<AssemblyImage> gameReferences)
    {
        var key = string.Join("|", gameReferences.Select(r => r.Name + ":" + Convert.ToHexString(SHA256.HashData(r.Bytes))));
        if (Compilations.Count >= CachedCompilations && !Compilations.ContainsKey(key))
        {
            Compilations.Clear();
        }

        var compilation = Compilations.GetOrAdd(key, _ => CSharpCompilation.Create(
            "stored-bot-audit",
            references: Framework.Value.AddRange(gameReferences.Select(r => (MetadataReference)MetadataReference.CreateFromImage(r.Bytes, filePath: r.Name)))));
        return new AuditPolicy(rules, inheritedDenials: InheritedDenials.ResolverFor(compilation, rules.Matcher));
    }

    private static ImmutableArray<MetadataReference> LoadFramework()
    {
        var runtimeDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var platform = (AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Where(path => string.Equals(Path.GetDirectoryName(path), runtimeDirectory, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
        return [.. platform.Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))];
    }
}
