using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace RestrictedCSharp.Rewriting;

/// <summary>The result of <see cref="GuardRewriter.Rewrite"/>.</summary>
public sealed class GuardedCompilation
{
    internal GuardedCompilation(CSharpCompilation compilation, ImmutableArray<GuardedSyntaxTree> trees, ImmutableArray<Diagnostic> diagnostics)
    {
        Compilation = compilation;
        Trees = trees;
        Diagnostics = diagnostics;
    }

    /// <summary>
    /// The input compilation with every syntax tree replaced by its guarded form (same paths, same
    /// options), ready to emit; when <see cref="Success"/> is false, the input unchanged.
    /// </summary>
    public CSharpCompilation Compilation { get; }

    /// <summary>Each original tree with its guarded form, in the compilation's order.</summary>
    public ImmutableArray<GuardedSyntaxTree> Trees { get; }

    /// <summary>Why nothing was rewritten: errors in the input, or reserved names used by it.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>True when every tree was rewritten and validated.</summary>
    public bool Success => Diagnostics.IsEmpty;
}

/// <summary>An original syntax tree and its guarded form.</summary>
/// <param name="Original">The tree as the author wrote it.</param>
/// <param name="Guarded">The same tree with guards inserted, on the author's lines.</param>
public sealed record GuardedSyntaxTree(SyntaxTree Original, SyntaxTree Guarded);
