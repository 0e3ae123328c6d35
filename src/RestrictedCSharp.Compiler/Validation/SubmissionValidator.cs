using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using RestrictedCSharp.Analyzers;
using RestrictedCSharp.Rules;
using RuleSet = RestrictedCSharp.Rules.RuleSet;

namespace RestrictedCSharp.Compiler;

/// <summary>
/// Precompile validation of a submission: front-door limits → parse with fixed options → exact
/// nesting, syntax-depth, lambda-depth and constant-string checks → compile (within the validate-ms budget) against the fixed reference set with the restricted analyzers → verdict.
/// One validator serves any number of submissions, concurrently.
/// </summary>
public sealed class SubmissionValidator
{
    private readonly FrontDoor _frontDoor;
    private readonly TimeSpan _validationTime;
    private readonly long _validationMegabytes;
    private readonly ImmutableArray<MetadataReference> _references;
    private readonly ImmutableArray<DiagnosticAnalyzer> _analyzers;
    private readonly ImmutableArray<string> _forcedErrorIds;

    /// <param name="rules">The policy: symbol rules, features and limits.</param>
    /// <param name="gameReferencePaths">The game's API assemblies, compiled against in addition to the framework.</param>
    /// <exception cref="FileNotFoundException">A game assembly does not exist.</exception>
    /// <exception cref="InvalidDataException">A game assembly is not a .NET assembly.</exception>
    public SubmissionValidator(RuleSet rules, IEnumerable<string>? gameReferencePaths = null)
        : this(rules, gameReferencePaths, RestrictedAnalyzers.Create(rules))
    {
    }

    /// <summary>For tests: the same pipeline with other analyzers.</summary>
    internal SubmissionValidator(RuleSet rules, IEnumerable<string>? gameReferencePaths, ImmutableArray<DiagnosticAnalyzer> analyzers)
    {
        ArgumentNullException.ThrowIfNull(rules);
        _frontDoor = new FrontDoor(rules);
        _validationTime = TimeSpan.FromMilliseconds(Math.Min(int.MaxValue, rules.GetLimit(BudgetLimit.ValidationMilliseconds)));
        _validationMegabytes = rules.GetLimit(BudgetLimit.ValidationMegabytes);
        _references = ReferenceSet.Create(gameReferencePaths);
        _analyzers = analyzers;
        _forcedErrorIds = analyzers
            .SelectMany(a => a.SupportedDiagnostics)
            .Concat(DiagnosticCatalog.All)
            .Select(d => d.Id)
            .Where(id => id.StartsWith(DiagnosticCatalog.IdPrefix, StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .ToImmutableArray();
    }

    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public async Task<ValidationResult> ValidateAsync(IReadOnlyList<SourceFile> sources, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sources);
        if (sources.Any(s => s is null || s.Path is null || s.Text is null))
        {
            throw new ArgumentException("every source file needs a path and a text", nameof(sources));
        }

        cancellationToken.ThrowIfCancellationRequested();
        var refused = _frontDoor.Check(sources, cancellationToken);
        if (!refused.IsEmpty)
        {
            return new ValidationResult(refused, compilation: null);
        }

        var trees = SubmissionParser.Parse(sources, cancellationToken);
        var refusedTrees = _frontDoor.CheckTrees(trees, cancellationToken);
        if (!refusedTrees.IsEmpty)
        {
            return new ValidationResult(refusedTrees, compilation: null);
        }

        var compilation = SubmissionCompilation.Create(trees, _references, _forcedErrorIds);
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(_validationTime);
        using var heap = new HeapWatch(_validationMegabytes * 1024 * 1024, budget);
        try
        {
            var diagnostics = await SubmissionAnalysis.RunAsync(compilation, _analyzers, budget.Token).ConfigureAwait(false);
            return new ValidationResult(
                RepeatedUseSummary.Summarize(diagnostics),
                compilation);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested && heap.Exceeded)
        {
            return new ValidationResult(
                ImmutableArray.Create(SubmissionDescriptors.Nowhere(RestrictedDiagnostics.ValidationTooLarge, _validationMegabytes)),
                compilation: null);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // The time budget ran out, not the caller's patience: a verdict, not an error.
            return new ValidationResult(
                ImmutableArray.Create(SubmissionDescriptors.Nowhere(RestrictedDiagnostics.ValidationTooSlow, (long)_validationTime.TotalMilliseconds)),
                compilation: null);
        }
    }
}
