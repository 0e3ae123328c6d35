using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace RestrictedCSharp.TestSupport;

/// <summary>
/// How a snippet is compiled. The defaults are Roslyn's own except the language version and nullable context;
/// the test projects differ on purpose (the guards' tests build optimized, deterministic bots as a submission
/// is built; the analyzers' allow unsafe code to see it refused), so each says what it needs.
/// </summary>
public sealed record SnippetOptions
{
    public string AssemblyName { get; init; } = "Bot";
    public LanguageVersion LanguageVersion { get; init; } = LanguageVersion.CSharp12;
    public OptimizationLevel Optimization { get; init; } = OptimizationLevel.Debug;
    public bool AllowUnsafe { get; init; }
    public bool Deterministic { get; init; }
    public NullableContextOptions Nullable { get; init; } = NullableContextOptions.Enable;

    public CSharpParseOptions ParseOptions => new(LanguageVersion);

    public CSharpCompilationOptions CompilationOptions => new(
        OutputKind.DynamicallyLinkedLibrary,
        optimizationLevel: Optimization,
        allowUnsafe: AllowUnsafe,
        deterministic: Deterministic,
        nullableContextOptions: Nullable);
}
