using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace RestrictedCSharp.Rewriting;

/// <summary>
/// Inserts the guards into a bot's compilation: ticks at loop bodies, gotos and every function
/// entry; the call-depth guard around every body and initializer; size checks before allocations
/// the code sizes; and catch filters that let guard trips, out-of-memory and stack exhaustion
/// through. Each tree is then validated: with the guards stripped it must equal the original.
/// </summary>
public static class GuardRewriter
{
    /// <summary>
    /// Rewrites every tree of <paramref name="compilation"/>. The compilation must reference the
    /// guard runtime (<c>RestrictedCSharp.Guards</c>) and compile without errors; otherwise, or if
    /// the code uses names reserved for the guards, the result carries diagnostics and no rewrite; so does any failure of
    /// the rewriter itself (RCX2001), which never leaves it as an exception.
    /// </summary>
    /// <exception cref="ArgumentException">The compilation does not reference the guard runtime.</exception>
    public static GuardedCompilation Rewrite(CSharpCompilation compilation, IAllocationSizeRules sizeRules)
    {
        ArgumentNullException.ThrowIfNull(compilation);
        ArgumentNullException.ThrowIfNull(sizeRules);

        if (compilation.GetTypeByMetadataName(GuardNames.GuardTypeMetadataName) is null)
        {
            throw new ArgumentException(
                $"The compilation does not reference the guard runtime: add a reference to the assembly that defines '{GuardNames.GuardTypeMetadataName}'.",
                nameof(compilation));
        }

        try
        {
            return RewriteAll(compilation, sizeRules);
        }
        catch (GuardRewriteException e)
        {
            // A rewriter bug: the author gets a refusal with an ID, the operator the message to report.
            return new GuardedCompilation(compilation, ImmutableArray<GuardedSyntaxTree>.Empty, ImmutableArray.Create(e.Diagnostic));
        }
        catch (Exception e) when (e is not (OutOfMemoryException or OperationCanceledException))
        {
            // The checks before the rewrite bind the code too: a tree nested deeper than the stack they run on allows
            // (InsufficientExecutionStackException) is a refusal with an ID, not a crash with a stack trace.
            var failure = new GuardRewriteException($"Internal error in the guard rewriter: {e.GetType().Name}: {e.Message}", location: null, e);
            return new GuardedCompilation(compilation, ImmutableArray<GuardedSyntaxTree>.Empty, ImmutableArray.Create(failure.Diagnostic));
        }
    }

    private static GuardedCompilation RewriteAll(CSharpCompilation compilation, IAllocationSizeRules sizeRules)
    {
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToImmutableArray();
        if (!errors.IsEmpty)
        {
            return new GuardedCompilation(compilation, ImmutableArray<GuardedSyntaxTree>.Empty, errors);
        }

        var models = compilation.SyntaxTrees.Select(tree => (tree, model: compilation.GetSemanticModel(tree))).ToList();
        var reserved = models.SelectMany(m => ReservedNameCheck.Find(m.tree, m.model)).ToImmutableArray();
        if (!reserved.IsEmpty)
        {
            return new GuardedCompilation(compilation, ImmutableArray<GuardedSyntaxTree>.Empty, reserved);
        }

        var costs = new CostModel(compilation);
        var frames = models.SelectMany(m => FrameSizeCheck.Find(m.tree, m.model, costs.Frames)).ToImmutableArray();
        if (!frames.IsEmpty)
        {
            return new GuardedCompilation(compilation, ImmutableArray<GuardedSyntaxTree>.Empty, frames);
        }

        var trees = ImmutableArray.CreateBuilder<GuardedSyntaxTree>(models.Count);
        foreach (var (tree, model) in models)
        {
            trees.Add(new GuardedSyntaxTree(tree, RewriteTree(tree, model, sizeRules, costs).Guarded));
        }

        var guarded = compilation.RemoveAllSyntaxTrees().AddSyntaxTrees(trees.Select(t => t.Guarded));
        return new GuardedCompilation(guarded, trees.MoveToImmutable(), ImmutableArray<Diagnostic>.Empty);
    }

    /// <summary>Rewrites one tree with its semantic model, and validates the result.</summary>
    internal static RewrittenTree RewriteTree(SyntaxTree tree, SemanticModel model, IAllocationSizeRules sizeRules, CostModel costs)
    {
        try
        {
            return RewriteAndValidate(tree, model, sizeRules, costs);
        }
        catch (Exception e) when (e is not (GuardRewriteException or OutOfMemoryException or OperationCanceledException))
        {
            // Insertion, expansion and validation alike: a shape one of them did not expect, or a tree nested deeper than
            // the stack it runs on allows (InsufficientExecutionStackException), is a refusal with an ID, not a crash.
            throw new GuardRewriteException(
                $"Internal error in the guard rewriter: {e.GetType().Name} while guarding '{tree.FilePath}': {e.Message}", location: null, e);
        }
    }

    private static RewrittenTree RewriteAndValidate(SyntaxTree tree, SemanticModel model, IAllocationSizeRules sizeRules, CostModel costs)
    {
        var root = tree.GetRoot();
        var inserter = new GuardInserter(model, sizeRules, costs);
        var rewrittenRoot = inserter.Visit(root)!;
        if (inserter.Unchargeable is [var receiver, ..])
        {
            // The analyzer refuses these (RCX0520): reaching here is a disagreement between the two.
            throw new GuardRewriteException(
                $"Internal error in the guard rewriter: the receiver '{receiver}' in '{tree.FilePath}' needs a charge that no guard can carry.",
                receiver.GetLocation());
        }

        var rewritten = tree.WithRootAndOptions(rewrittenRoot, tree.Options);
        RewriteValidator.Validate(tree, model, rewritten.GetRoot(), inserter.ExpandedBodies);
        return new RewrittenTree(rewritten, inserter.ExpandedBodies);
    }
}

/// <summary>One guarded tree, and the functions of the original whose expression body became a block (what the validator replays).</summary>
internal sealed record RewrittenTree(SyntaxTree Guarded, IReadOnlySet<SyntaxNode> ExpandedBodies);
