using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;
using RestrictedCSharp.Rewriting;
using RestrictedCSharp.TestSupport;

namespace RestrictedCSharp.Hosting.Tests.Infrastructure;

/// <summary>
/// Compiles test bots from C# source to a dll on disk with an embedded portable PDB: either guarded by the
/// rewriter (as the toolchain does) or plain, with no restriction at all (unsafe code allowed), for the
/// tests of the OS layers alone. Each distinct source is compiled once per test run.
/// </summary>
internal static class TestBotCompiler
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
        FrameworkReferences.SharedFrameworkWith(typeof(Guards.Guard).Assembly.Location));
    private static readonly ConcurrentDictionary<(string Source, bool Guarded, bool Optimized), Lazy<string>> Compiled = new();
    private static readonly Lazy<string> OutputDirectory = new(() =>
        Directory.CreateTempSubdirectory("restrictedcsharp-testbots-").FullName);

    /// <summary>The file name the bots' sources have in their PDBs (and so in stack frames).</summary>
    public const string SourceFileName = "Bot.cs";

    public static string Guarded(string source) => Compile(source, guarded: true, optimized: false);

    public static string Plain(string source) => Compile(source, guarded: false, optimized: false);

    /// <summary>A plain build compiled with optimizations, as a submission is: its code tiers up in the runner's JIT
    /// (a debug build is never optimized there).</summary>
    public static string PlainOptimized(string source) => Compile(source, guarded: false, optimized: true);

    private static string Compile(string source, bool guarded, bool optimized) =>
        Compiled.GetOrAdd((source, guarded, optimized), key => new Lazy<string>(() => Emit(key.Source, key.Guarded, key.Optimized))).Value;

    private static string Emit(string source, bool guarded, bool optimized)
    {
        var name = "TestBot" + Guid.NewGuid().ToString("N")[..12];
        var compilation = SnippetCompiler.Create(source, References.Value, new SnippetOptions
        {
            AssemblyName = name,
            LanguageVersion = LanguageVersion.Latest,
            Optimization = optimized ? OptimizationLevel.Release : OptimizationLevel.Debug,
            AllowUnsafe = !guarded,
            Deterministic = true,
            Nullable = NullableContextOptions.Disable,
        }, SourceFileName);
        if (guarded)
        {
            var rewritten = GuardRewriter.Rewrite(compilation, DefaultAllocationSizeRules.Create());
            if (!rewritten.Success)
                throw new InvalidOperationException("The rewriter refused the test bot: " + string.Join("; ", rewritten.Diagnostics));
            compilation = rewritten.Compilation;
        }

        var path = Path.Combine(OutputDirectory.Value, name + ".dll");
        File.WriteAllBytes(path, SnippetCompiler.Emit(compilation, DebugInformationFormat.Embedded).Assembly);
        return path;
    }

    /// <summary>The 1-based line of the first line of <paramref name="source"/> containing <paramref name="marker"/>.</summary>
    public static int LineOf(string source, string marker) =>
        source.Split('\n').Select((line, index) => (line, index)).First(l => l.line.Contains(marker, StringComparison.Ordinal)).index + 1;
}
