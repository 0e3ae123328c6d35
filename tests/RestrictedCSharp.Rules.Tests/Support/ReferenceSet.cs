using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using RestrictedCSharp.TestSupport;

namespace RestrictedCSharp.Rules.Tests.Support;

/// <summary>Compilations against what a bot compiles against: the framework reference assemblies copied next to the tests, and the guard runtime.</summary>
internal static class ReferenceSet
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
    {
        var directory = Path.Combine(AppContext.BaseDirectory, "reference-set");
        var files = Directory.GetFiles(directory, "*.dll");
        files.Should().NotBeEmpty("the framework reference assemblies are copied to {0}", directory);
        return FrameworkReferences.FromFiles(files.Append(typeof(RestrictedCSharp.Budget).Assembly.Location));
    });

    private static readonly Lazy<CSharpCompilation> Empty = new(() => Compile(string.Empty));

    public static ImmutableArray<MetadataReference> All => References.Value;

    /// <summary>A compilation of <paramref name="source"/> that is expected to have no errors.</summary>
    public static CSharpCompilation Compile(string source, bool allowUnsafe = false)
    {
        var compilation = SnippetCompiler.Create(source, All, new SnippetOptions { AllowUnsafe = allowUnsafe });
        SnippetCompiler.Errors(compilation).Should().BeEmpty("the test source must compile:\n{0}", source);
        return compilation;
    }

    /// <summary>A compilation with no source, for looking up framework symbols.</summary>
    public static CSharpCompilation Framework => Empty.Value;

    public static INamedTypeSymbol Type(string metadataName) =>
        Framework.GetTypeByMetadataName(metadataName) ?? throw new InvalidOperationException($"no type {metadataName}");

    /// <summary>The symbols a documentation-comment ID names; a member ID without parameters names every overload.</summary>
    public static ImmutableArray<ISymbol> Resolve(Compilation compilation, string id)
    {
        var exact = DocumentationCommentId.GetSymbolsForDeclarationId(id, compilation);
        if (!exact.IsDefaultOrEmpty)
        {
            return exact;
        }

        // Roslyn does not look up an indexer renamed in metadata (StringBuilder's Chars) by its ID.
        if (id.StartsWith("P:", StringComparison.Ordinal) && id.Contains('('))
        {
            var owner = SymbolPattern.SplitSegments(id.Substring(2));
            var indexers = DocumentationCommentId.GetSymbolsForDeclarationId("T:" + string.Join(".", owner.Take(owner.Count - 1)), compilation)
                .OfType<INamedTypeSymbol>()
                .SelectMany(t => t.GetMembers().OfType<IPropertySymbol>().Where(p => p.IsIndexer && p.GetDocumentationCommentId() == id))
                .ToImmutableArray<ISymbol>();
            if (!indexers.IsEmpty)
            {
                return indexers;
            }
        }

        if (id.Length < 3 || "MPFE".IndexOf(id[0]) < 0 || id.Contains('('))
        {
            return ImmutableArray<ISymbol>.Empty;
        }

        var segments = SymbolPattern.SplitSegments(id.Substring(2));
        var typeId = "T:" + string.Join(".", segments.Take(segments.Count - 1));
        var memberName = SymbolPattern.MemberName(segments[^1]).Replace('#', '.');
        var arity = segments[^1].Contains("``", StringComparison.Ordinal)
            ? int.Parse(segments[^1][(segments[^1].IndexOf("``", StringComparison.Ordinal) + 2)..], System.Globalization.CultureInfo.InvariantCulture)
            : (int?)null;
        var kind = id[0];
        return DocumentationCommentId.GetSymbolsForDeclarationId(typeId, compilation)
            .OfType<INamedTypeSymbol>()
            .SelectMany(t => t.GetMembers(memberName))
            .Where(m => KindLetter(m) == kind && (arity is null || (m is IMethodSymbol method && method.Arity == arity)))
            .ToImmutableArray();
    }

    private static char KindLetter(ISymbol symbol) => symbol switch
    {
        IMethodSymbol => 'M',
        IPropertySymbol => 'P',
        IFieldSymbol => 'F',
        IEventSymbol => 'E',
        _ => '?',
    };

    /// <summary>The documentation-comment IDs of every public type and member in the reference set.</summary>
    public static ImmutableArray<string> AllPublicIds => PublicIds.Value;

    private static readonly Lazy<ImmutableArray<string>> PublicIds = new(() =>
    {
        var ids = ImmutableArray.CreateBuilder<string>();
        foreach (var reference in Framework.References)
        {
            if (Framework.GetAssemblyOrModuleSymbol(reference) is IAssemblySymbol assembly)
            {
                Collect(assembly.GlobalNamespace, ids);
            }
        }

        return ids.ToImmutable();
    });

    private static void Collect(INamespaceOrTypeSymbol container, ImmutableArray<string>.Builder ids)
    {
        foreach (var member in container.GetMembers())
        {
            if (member is INamespaceSymbol ns)
            {
                ids.Add(ns.GetDocumentationCommentId()!);
                Collect(ns, ids);
            }
            else if (member.DeclaredAccessibility is Accessibility.Public or Accessibility.Protected or Accessibility.ProtectedOrInternal
                     && member.GetDocumentationCommentId() is { } id)
            {
                ids.Add(id);
                if (member is INamedTypeSymbol type)
                {
                    Collect(type, ids);
                }
            }
        }
    }
}
