using System.Reflection;
using Microsoft.CodeAnalysis;
using RestrictedCSharp.Rules;

namespace RestrictedCSharp.Audit.Tests;

/// <summary>
/// Wall 3 on its own against name capture: assemblies compiled with plain Roslyn (no analyzer, no rewriter)
/// that define the guards' names themselves, or reach a guard type that lives somewhere else.
/// </summary>
public class ReservedNameTests
{
    private static readonly AuditPolicy Bots = new(RuleSetLoader.Preset("bots"));

    private static AuditResult Audit(string source, params MetadataReference[] extra) =>
        AssemblyAuditor.Audit(PlainCompiler.Compile(source, extra), Bots);

    private static MetadataReference GuardAssembly(string assemblyName, string version = "0.1.0.0") =>
        MetadataReference.CreateFromImage(PlainCompiler.Compile(
            $"[assembly: System.Reflection.AssemblyVersion(\"{version}\")] namespace RestrictedCSharp.Guards {{ public static class Guard {{ public static void Tick(int cost) {{ }} }} }}",
            assemblyName, allowUnsafe: false));

    // The attack, as the rewriter would have left it: every guard call bound to the bot's own no-op.
    [Theory]
    [InlineData("public static class RestrictedCSharp { public static class Guards { public static class Guard { public static void Tick(int cost) { } } } }")]
    [InlineData("namespace RestrictedCSharp { public static class Guards { public static class Guard { public static void Tick(int cost) { } } } }")]
    [InlineData("namespace RestrictedCSharp.Guards { public static class Guard { public static void Tick(int cost) { } } }")]
    public void An_assembly_that_defines_the_guards_names_itself_is_refused(string shadow)
    {
        var result = Audit(shadow + """
            public class Bot { public int Spin() { var n = 0; while (true) { global::RestrictedCSharp.Guards.Guard.Tick(1); n++; } } }
            """);

        result.Passed.Should().BeFalse();
        result.Findings.Should().Contain(f => f.Id == RcxCatalog.AuditReservedDefinition.Id && f.Message.Contains("'RestrictedCSharp'"));
    }

    [Theory]
    [InlineData("namespace System.Foo { public class Helper { } }", "System.Foo.Helper")]
    [InlineData("namespace System { public class Exception2 { } }", "System.Exception2")]
    [InlineData("public class System { public class Exception { } }", "System")]
    [InlineData("public class Microsoft<T> { }", "Microsoft`1")]
    [InlineData("namespace Windows.Foundation { public interface IAsyncAction { } }", "Windows.Foundation.IAsyncAction")]
    [InlineData("namespace Internal { public class X { } }", "Internal.X")]
    [InlineData("namespace RestrictedCSharp { public static class Budget { public static long TicksLeft => long.MaxValue; } }", "RestrictedCSharp.Budget")]
    public void An_assembly_that_defines_a_type_in_a_reserved_name_is_refused(string source, string type)
    {
        var result = Audit(source);

        result.Findings.Should().Contain(f => f.Id == RcxCatalog.AuditReservedDefinition.Id && f.Message.StartsWith($"'{type}'"));
    }

    [Fact]
    public void A_compiler_attribute_declared_by_the_assembly_is_refused()
    {
        var result = Audit("namespace System.Runtime.CompilerServices { public sealed class NullableAttribute : System.Attribute { public NullableAttribute(byte b) { } } }");

        result.Findings.Should().Contain(f => f.Id == RcxCatalog.AuditReservedDefinition.Id && f.Message.Contains("NullableAttribute"));
    }

    [Fact]
    public void Ordinary_code_against_the_reference_assemblies_defines_nothing_reserved()
    {
        // Nullable annotations and ref safety rules: the compiler references its attributes from .NET 10's
        // reference assemblies instead of writing its own copies into System.* (which the audit would refuse).
        var image = CompileAgainstReferenceAssemblies("public class Bot { public string? Name; public int Act(int? x) => x ?? 0; }");

        AssemblyAuditor.Audit(image, Bots).Findings.Should().BeEmpty();
        TypeNames(image).Should().Contain("ref System.Runtime.CompilerServices.NullableAttribute", "the test must exercise a compiler attribute");
    }

    [Fact]
    public void Nested_and_namespaced_types_of_the_same_names_are_the_bots_own()
    {
        Audit("namespace Bots.System { public class RestrictedCSharp { public class Guards { } } } public class Bot { public class System { } }")
            .Findings.Should().BeEmpty();
    }

    [Fact]
    public void A_guard_call_into_an_assembly_other_than_the_guard_runtime_is_refused()
    {
        var result = Audit("public class Bot { public void Act() => global::RestrictedCSharp.Guards.Guard.Tick(1); }", GuardAssembly("Game.Api"));

        result.Findings.Should().Contain(f => f.Id == RcxCatalog.AuditMisdirectedToolchainReference.Id && f.Message.Contains("Game.Api"));
    }

    [Fact]
    public void A_guard_call_into_another_version_of_the_guard_runtime_is_refused_when_the_version_is_known()
    {
        var bot = PlainCompiler.Compile("public class Bot { public void Act() => global::RestrictedCSharp.Guards.Guard.Tick(1); }",
            GuardAssembly(ReservedNames.GuardAssembly, "6.6.6.6"));
        var real = new AssemblyName($"{ReservedNames.GuardAssembly}, Version=0.1.0.0, Culture=neutral, PublicKeyToken=null");

        AssemblyAuditor.Audit(bot, Bots).Findings.Should().BeEmpty("by name alone it is the guard runtime");
        AssemblyAuditor.Audit(bot, new AuditPolicy(RuleSetLoader.Preset("bots"), real))
            .Findings.Should().Contain(f => f.Id == RcxCatalog.AuditMisdirectedToolchainReference.Id && f.Message.Contains("6.6.6.6"));
    }

    [Fact]
    public void A_guard_call_into_the_real_guard_runtime_passes()
    {
        var bot = PlainCompiler.Compile("public class Bot { public void Act() => global::RestrictedCSharp.Guards.Guard.Tick(1); }",
            GuardAssembly(ReservedNames.GuardAssembly));
        var real = new AssemblyName($"{ReservedNames.GuardAssembly}, Version=0.1.0.0");

        AssemblyAuditor.Audit(bot, new AuditPolicy(RuleSetLoader.Preset("bots"), real)).Findings.Should().BeEmpty();
    }

    private static byte[] CompileAgainstReferenceAssemblies(string source)
    {
        // shared/Microsoft.NETCore.App/<version>/ → packs/Microsoft.NETCore.App.Ref/<version>/ref/net10.0/
        var dotnetRoot = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "..", "..", ".."));
        var pack = new DirectoryInfo(Path.Combine(dotnetRoot, "packs", "Microsoft.NETCore.App.Ref"))
            .GetDirectories().OrderByDescending(d => Version.TryParse(d.Name, out var v) ? v : new Version()).First();
        var references = Directory.GetFiles(Path.Combine(pack.FullName, "ref", "net10.0"), "*.dll")
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p));
        var compilation = Microsoft.CodeAnalysis.CSharp.CSharpCompilation.Create(
            "Bot",
            [Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(source)],
            references,
            new Microsoft.CodeAnalysis.CSharp.CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        using var stream = new MemoryStream();
        compilation.Emit(stream).Success.Should().BeTrue();
        return stream.ToArray();
    }

    private static List<string> TypeNames(byte[] image)
    {
        using var pe = new System.Reflection.PortableExecutable.PEReader(new MemoryStream(image));
        var reader = System.Reflection.Metadata.PEReaderExtensions.GetMetadataReader(pe);
        return reader.TypeDefinitions.Select(h => reader.GetTypeDefinition(h))
            .Select(t => reader.GetString(t.Namespace) + "." + reader.GetString(t.Name))
            .Concat(reader.TypeReferences.Select(h => "ref " + reader.GetString(reader.GetTypeReference(h).Namespace) + "." + reader.GetString(reader.GetTypeReference(h).Name))).ToList();
    }
}
