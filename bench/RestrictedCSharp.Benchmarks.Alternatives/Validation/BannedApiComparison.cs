using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using RestrictedCSharp.Rules;

namespace RestrictedCSharp.Benchmarks.Alternatives.Validation;

/// <summary>
/// Microsoft's BannedApiAnalyzers (loaded from its package, copied beside this program) with a
/// <c>BannedSymbols.txt</c> as long as the <c>bots</c> preset's symbol rules: the public types of the
/// namespaces the preset denies, which a bot never touches, so the analyzer does its full lookup work
/// and reports nothing.
/// </summary>
internal static class BannedApiComparison
{
    private const string AnalyzerFolder = "banned-api-analyzers";

    public static ImmutableArray<DiagnosticAnalyzer> Analyzers { get; } = LoadAnalyzers();

    public static AnalyzerOptions Options(Compilation compilation) =>
        new([new InMemoryAdditionalText("BannedSymbols.txt", DenyList(compilation))]);

    /// <summary>How many symbol rules (allow and deny) the <c>bots</c> preset has: the deny list's length.</summary>
    public static int PresetRuleCount { get; } = RuleSetLoader.Preset(Presets.Bots).SymbolRules.Length;

    private static ImmutableArray<DiagnosticAnalyzer> LoadAnalyzers()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, AnalyzerFolder);
        var analyzers = Directory.GetFiles(folder, "*.dll")
            .Select(Assembly.LoadFrom)
            .SelectMany(a => a.GetTypes())
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t)
                        && t.GetCustomAttributes<DiagnosticAnalyzerAttribute>().Any(a => a.Languages.Contains(LanguageNames.CSharp)))
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .ToImmutableArray();
        if (analyzers.IsEmpty) throw new InvalidOperationException($"No C# analyzer found in {folder}.");
        return analyzers;
    }

    private static readonly string[] DeniedNamespaces =
        ["System.IO", "System.Net", "System.Net.Sockets", "System.Net.Http", "System.Reflection", "System.Reflection.Emit",
         "System.Threading", "System.Diagnostics", "System.Runtime.InteropServices", "System.Security.Cryptography"];

    private static string DenyList(Compilation compilation)
    {
        var lines = DeniedNamespaces
            .SelectMany(name => PublicTypes(compilation, name))
            .Take(PresetRuleCount)
            .Select(type => $"{type.GetDocumentationCommentId()};denied for bots")
            .ToList();
        if (lines.Count < PresetRuleCount) throw new InvalidOperationException($"Only {lines.Count} types for a deny list of {PresetRuleCount}.");
        return string.Join("\n", lines) + "\n";
    }

    private static IEnumerable<INamedTypeSymbol> PublicTypes(Compilation compilation, string namespaceName)
    {
        INamespaceSymbol? ns = compilation.GlobalNamespace;
        foreach (var part in namespaceName.Split('.'))
            ns = ns?.GetNamespaceMembers().FirstOrDefault(n => n.Name == part);
        return ns is null
            ? []
            : ns.GetTypeMembers().Where(t => t.DeclaredAccessibility == Accessibility.Public && !t.IsGenericType).OrderBy(t => t.Name, StringComparer.Ordinal);
    }

    private sealed class InMemoryAdditionalText(string path, string text) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }
}
