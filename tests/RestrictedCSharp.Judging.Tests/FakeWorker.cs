using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace RestrictedCSharp.Judging.Tests;

/// <summary>
/// A program that stands in for the compile worker and misbehaves as told: compiled here, run by the judge as it
/// runs the worker (<c>dotnet fake.dll</c>), so that the judge's handling of a broken worker is tested, not assumed.
/// </summary>
internal static class FakeWorker
{
    /// <summary>Writes a console program whose Main runs <paramref name="body"/> (which returns the exit code) and returns its dll.</summary>
    public static string Create(TempFolder folder, string name, string body)
    {
        var source = $$"""
            public static class Program
            {
                public static int Main(string[] args)
                {
                    {{body}}
                }
            }
            """;
        var compilation = CSharpCompilation.Create(name, [CSharpSyntaxTree.ParseText(source)], FrameworkReferences.SharedFramework,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication));
        var dll = folder.Combine(name + ".dll");
        File.WriteAllBytes(dll, SnippetCompiler.Emit(compilation).Assembly);
        File.WriteAllText(folder.Combine(name + ".runtimeconfig.json"),
            """{"runtimeOptions": {"tfm": "net10.0", "framework": {"name": "Microsoft.NETCore.App", "version": """ + $"\"{Environment.Version}\"" + "}}}");
        return dll;
    }
}
