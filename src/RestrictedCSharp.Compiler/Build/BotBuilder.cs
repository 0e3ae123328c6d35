using System.Collections.Immutable;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using RestrictedCSharp.Analyzers;
using RestrictedCSharp.Artifacts;
using RestrictedCSharp.Rewriting;
using RestrictedCSharp.Rules;

namespace RestrictedCSharp.Compiler;

/// <summary>
/// Turns a submission into a compiled bot: validation (front door, analysis) → guard insertion →
/// emit → IL audit → artifact with manifest. Each stage stops the build with its own diagnostics.
/// One builder serves any number of builds, concurrently.
/// </summary>
public sealed class BotBuilder
{
    private readonly RuleSet _rules;
    private readonly SubmissionValidator _validator;
    private readonly IAllocationSizeRules _sizeRules;

    /// <inheritdoc cref="SubmissionValidator(RuleSet, IEnumerable{string}?)"/>
    public BotBuilder(RuleSet rules, IEnumerable<string>? gameReferencePaths = null)
    {
        ArgumentNullException.ThrowIfNull(rules);
        _rules = rules;
        _validator = new SubmissionValidator(rules, gameReferencePaths);
        _sizeRules = RuleSetAllocationSizes.From(rules);
    }

    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public async Task<BuildResult> BuildAsync(IReadOnlyList<SourceFile> sources, CancellationToken cancellationToken = default)
    {
        var validation = await _validator.ValidateAsync(sources, cancellationToken).ConfigureAwait(false);
        if (!validation.Accepted || validation.Compilation is null)
        {
            return Refused(validation.Diagnostics);
        }

        cancellationToken.ThrowIfCancellationRequested();
        var guarded = GuardInsertion.Run(validation.Compilation, _sizeRules);
        if (!guarded.Success)
        {
            return Refused(validation.Diagnostics.AddRange(DiagnosticConverter.ConvertAll(guarded.Diagnostics)));
        }

        var guardedSources = guarded.Trees.Select(t => new GuardedSource(t.Original.FilePath, t.Guarded.ToString())).ToImmutableArray();
        var maxAssemblyBytes = _rules.GetLimit(BudgetLimit.AssemblyBytes);
        var (assembly, emitErrors, tooLarge) = BotEmitter.Emit(guarded.Compilation, maxAssemblyBytes, cancellationToken);
        if (tooLarge)
        {
            return Refused(validation.Diagnostics.Add(SubmissionDescriptors.Nowhere(RestrictedDiagnostics.AssemblyTooLarge, maxAssemblyBytes)), guardedSources);
        }

        if (assembly.IsEmpty)
        {
            return Refused(validation.Diagnostics.AddRange(DiagnosticConverter.ConvertAll(emitErrors)), guardedSources);
        }

        var findings = BotAudit.Run(assembly, _rules, guarded.Compilation);
        if (!findings.IsEmpty)
        {
            return Refused(validation.Diagnostics.AddRange(findings), guardedSources);
        }

        var manifest = new BotManifest(
            guarded.Compilation.AssemblyName ?? "Bot",
            BotArtifact.HashOf(assembly.AsSpan()),
            SourceHash(sources),
            _rules.ContentHash,
            BotBudgets.FromRules(_rules),
            ToolVersion);
        return new BuildResult(validation.Diagnostics, new CompiledBot(BotArtifact.Create(assembly, manifest)), guardedSources);
    }

    private static BuildResult Refused(ImmutableArray<SubmissionDiagnostic> diagnostics, ImmutableArray<GuardedSource> guardedSources = default) =>
        new(diagnostics, bot: null, guardedSources.IsDefault ? ImmutableArray<GuardedSource>.Empty : guardedSources);

    /// <summary>A hash of the files and their paths, independent of the order they were given in.</summary>
    internal static string SourceHash(IEnumerable<SourceFile> sources)
    {
        var text = new StringBuilder();
        foreach (var source in sources.OrderBy(s => s.Path, StringComparer.Ordinal))
        {
            text.Append(source.Path).Append('\n').Append(source.Text).Append('\0');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    private static string ToolVersion { get; } =
        typeof(BotBuilder).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
}
