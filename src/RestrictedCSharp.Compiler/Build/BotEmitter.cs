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

    public static (ImmutableArray<byte> Assembly, ImmutableArray<Diagnostic> Errors) Emit(CSharpCompilation guarded, CancellationToken cancellationToken)
    {
        using var stream = new MemoryStream();
        var result = guarded.Emit(stream, options: Options, cancellationToken: cancellationToken);
        var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToImmutableArray();
        return result.Success
            ? (ImmutableArray.Create(stream.ToArray()), errors)
            : (ImmutableArray<byte>.Empty, errors);
    }
}
