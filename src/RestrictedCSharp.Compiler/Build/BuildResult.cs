using System.Collections.Immutable;

namespace RestrictedCSharp.Compiler;

/// <summary>The outcome of a build: a compiled bot, or the diagnostics of the stage that refused it.</summary>
public sealed class BuildResult
{
    internal BuildResult(ImmutableArray<SubmissionDiagnostic> diagnostics, CompiledBot? bot, ImmutableArray<GuardedSource> guardedSources)
    {
        Diagnostics = diagnostics;
        Bot = bot;
        GuardedSources = guardedSources;
    }

    public bool Succeeded => Bot is not null;

    /// <summary>Every diagnostic of every stage that ran (compiler warnings included).</summary>
    public ImmutableArray<SubmissionDiagnostic> Diagnostics { get; }

    public CompiledBot? Bot { get; }

    /// <summary>The source as it will run, guards inserted, one entry per submitted file (empty if rewriting did not run).</summary>
    public ImmutableArray<GuardedSource> GuardedSources { get; }
}

/// <summary>One submitted file after guard insertion; its line numbers are the author's.</summary>
public sealed record GuardedSource(string Path, string Text);
