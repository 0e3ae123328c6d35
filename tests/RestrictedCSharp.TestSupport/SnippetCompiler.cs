using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;

namespace RestrictedCSharp.TestSupport;

/// <summary>Compiles snippets of C# source to a compilation and emits them to an assembly in memory.</summary>
public static class SnippetCompiler
{
    /// <summary>A compilation of <paramref name="source"/>, whose file has the name <paramref name="path"/> (in diagnostics and PDBs).</summary>
    public static CSharpCompilation Create(string source, IEnumerable<MetadataReference> references, SnippetOptions? options = null, string path = "") =>
        Create([(source, path)], references, options);

    /// <summary>A compilation of several files, each a source and its file name.</summary>
    public static CSharpCompilation Create(IEnumerable<(string Source, string Path)> files, IEnumerable<MetadataReference> references, SnippetOptions? options = null)
    {
        options ??= new SnippetOptions();
        var parse = options.ParseOptions;
        // UTF-8 as a file on disk is read: a PDB records a checksum of the text, which needs an encoding.
        var trees = files.Select(file => CSharpSyntaxTree.ParseText(file.Source, parse, file.Path, Encoding.UTF8));
        return CSharpCompilation.Create(options.AssemblyName, trees, references, options.CompilationOptions);
    }

    /// <summary>The errors of <paramref name="compilation"/>, empty when it compiles.</summary>
    public static IReadOnlyList<Diagnostic> Errors(Compilation compilation) =>
        [.. compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error)];

    /// <summary>
    /// Emits <paramref name="compilation"/>; with <paramref name="debugInformation"/> a PDB too (in <see cref="EmittedSnippet.Pdb"/>
    /// when portable, inside the assembly when embedded). A compilation with errors throws, naming them and the source.
    /// </summary>
    public static EmittedSnippet Emit(Compilation compilation, DebugInformationFormat? debugInformation = null)
    {
        using var assembly = new MemoryStream();
        using var pdb = debugInformation == DebugInformationFormat.PortablePdb ? new MemoryStream() : null;
        var options = debugInformation is { } format ? new EmitOptions(debugInformationFormat: format) : null;
        var result = compilation.Emit(assembly, pdb, options: options);
        if (!result.Success)
        {
            var errors = string.Join(Environment.NewLine, result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));
            var source = string.Join(Environment.NewLine + "----" + Environment.NewLine, compilation.SyntaxTrees.Select(t => t.ToString()));
            throw new InvalidOperationException($"The snippet did not compile:{Environment.NewLine}{errors}{Environment.NewLine}{source}");
        }

        return new EmittedSnippet(assembly.ToArray(), pdb?.ToArray());
    }
}

/// <summary>An emitted snippet: its assembly image and, when asked for a portable one, its PDB image.</summary>
public sealed record EmittedSnippet(byte[] Assembly, byte[]? Pdb);
