using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;

namespace RestrictedCSharp.Compiler;

/// <summary>
/// Build stage: deterministic, optimized emit with the portable PDB embedded, so a bot's stack
/// traces carry the author's file names and line numbers and the artifact is a single file.
/// </summary>
internal static class BotEmitter
{
    private static readonly EmitOptions Options = new(debugInformationFormat: DebugInformationFormat.Embedded);

    /// <summary>Emits the assembly into memory, never past <paramref name="maxBytes"/> (<c>TooLarge</c> then, and no assembly).</summary>
    public static (ImmutableArray<byte> Assembly, ImmutableArray<Diagnostic> Errors, bool TooLarge) Emit(
        CSharpCompilation guarded, long maxBytes, CancellationToken cancellationToken)
    {
        using var stream = new SizeLimitedStream(maxBytes);
        var result = guarded.Emit(stream, options: Options, cancellationToken: cancellationToken);
        if (stream.Exceeded)
            return (ImmutableArray<byte>.Empty, ImmutableArray<Diagnostic>.Empty, TooLarge: true);
        var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToImmutableArray();
        return result.Success
            ? (ImmutableArray.Create(stream.ToArray()), errors, false)
            : (ImmutableArray<byte>.Empty, errors, false);
    }
}
