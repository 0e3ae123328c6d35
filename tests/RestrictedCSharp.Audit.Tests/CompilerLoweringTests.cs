using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using RestrictedCSharp.Rules;

namespace RestrictedCSharp.Audit.Tests;

/// <summary>
/// What the compiler emits for constructs the analyzer accepts must pass the audit (check and build agree);
/// the unsafe pieces that emitted code is made of must not pass anywhere else.
/// </summary>
public class CompilerLoweringTests
{
    private static readonly AuditPolicy Bots = new(RuleSetLoader.Preset("bots"));

    private const string Spans = """
        using System;
        public static class Bot
        {
            public static int Sum(int x) { Span<int> s = [1, 2, x]; ReadOnlySpan<int> r = [x, 2]; Span<string> n = ["a", x.ToString()]; return s[2] + r[0] + n.Length; }
            public static string Join(string a, string b, string c) => string.Join(",", a, b, c);
        }
        """;

    [Theory]
    [InlineData(Spans)]
    [InlineData("using System.Collections.Immutable; public static class Bot { public static int N(int x) { ImmutableArray<int> a = [1, x, 3]; return a.Length; } }")]
    [InlineData("public abstract record Shape(int Id); public sealed record Circle(int Id, int R) : Shape(Id);")]
    [InlineData("public delegate int Step(int x); public static class Bot { public static int Run(int x) { Step s = v => v + 1; return s(x) + s.Invoke(x); } }")]
    public void Lowered_ordinary_code_passes(string source)
    {
        var result = AssemblyAuditor.Audit(PlainCompiler.Compile(source), Bots);
        result.Findings.Should().BeEmpty();
    }

    [Theory]
    [InlineData("class B { ref int M(ref int x) => ref System.Runtime.CompilerServices.Unsafe.Add(ref x, 1000); }", "Unsafe.Add")]
    [InlineData("class B { System.Span<int> M(ref int x) => System.Runtime.InteropServices.MemoryMarshal.CreateSpan(ref x, 1000); }", "MemoryMarshal.CreateSpan")]
    [InlineData("class B { ref int M(in int x) => ref System.Runtime.CompilerServices.Unsafe.AsRef(in x); }", "Unsafe.AsRef")]
    public void The_inline_array_primitives_are_refused_in_the_bots_own_code(string source, string named)
    {
        var result = AssemblyAuditor.Audit(PlainCompiler.Compile(source), Bots);
        result.Findings.Should().Contain(f => f.Id == RcxCatalog.AuditRefusedReference.Id && f.Message.Contains(named));
    }

    [Fact]
    public void An_element_index_past_the_buffer_is_refused()
    {
        // ldc.i4.2 before the third InlineArrayElementRef call of 'Sum' becomes ldc.i4.7: a write past a 3-element buffer.
        var image = PlainCompiler.Compile(Spans);
        var patched = PatchConstantBeforeCall(image, "Sum", "InlineArrayElementRef", occurrence: 2, newOpcode: 0x1D);

        var result = AssemblyAuditor.Audit(patched, Bots);

        result.Findings.Should().Contain(f => f.Id == RcxCatalog.AuditInlineArrayBounds.Id && f.Message.Contains("3-element"));
    }

    [Fact]
    public void A_span_longer_than_the_buffer_is_refused()
    {
        var image = PlainCompiler.Compile(Spans);
        var patched = PatchConstantBeforeCall(image, "Sum", "InlineArrayAsSpan", occurrence: 0, newOpcode: 0x1E);

        var result = AssemblyAuditor.Audit(patched, Bots);

        result.Findings.Should().Contain(f => f.Id == RcxCatalog.AuditInlineArrayBounds.Id);
    }

    [Fact]
    public void A_helper_whose_body_does_more_than_the_compilers_is_not_trusted()
    {
        // ldarg.1 (0x03) in InlineArrayElementRef becomes ldarg.0 (0x02): no longer the compiler's body, so its
        // Unsafe calls are judged like any other.
        var image = PlainCompiler.Compile(Spans);
        var patched = PatchHelperBody(image, "InlineArrayElementRef", from: 0x03, to: 0x04);

        var result = AssemblyAuditor.Audit(patched, Bots);

        result.Findings.Should().Contain(f => f.Id == RcxCatalog.AuditRefusedReference.Id && f.Message.Contains("Unsafe.Add"));
    }

    [Fact]
    public void Calling_an_own_delegates_BeginInvoke_is_refused()
    {
        var result = AssemblyAuditor.Audit(PlainCompiler.Compile("""
            public delegate int Step(int x);
            public static class Bot { public static object Run(Step s) => s.BeginInvoke(1, null, null); }
            """), Bots);

        result.Findings.Should().Contain(f => f.Id == RcxCatalog.AuditAsynchronousDelegateCall.Id);
    }

    [Fact]
    public void A_runtime_implemented_method_outside_a_delegate_is_still_refused()
    {
        var image = PlainCompiler.Compile("public class Plain { public int M() => 1; }");
        var patched = SetImplAttributes(image, "M", System.Reflection.MethodImplAttributes.Runtime);

        var result = AssemblyAuditor.Audit(patched, Bots);

        result.Findings.Should().Contain(f => f.Id == RcxCatalog.AuditNativeCode.Id);
    }

    private static byte[] PatchConstantBeforeCall(byte[] image, string methodName, string helperName, int occurrence, byte newOpcode)
    {
        var copy = (byte[])image.Clone();
        using var pe = new PEReader(new MemoryStream(image));
        var reader = pe.GetMetadataReader();
        var method = reader.MethodDefinitions.Select(reader.GetMethodDefinition).Single(m => reader.GetString(m.Name) == methodName);
        var bodyOffset = BodyOffset(pe, method);
        var body = pe.GetMethodBody(method.RelativeVirtualAddress);
        var il = body.GetILBytes()!;
        var seen = 0;
        for (var i = 0; i + 5 <= il.Length; i++)
        {
            if (il[i] != 0x28 || i == 0)
            {
                continue;
            }

            var token = MetadataTokens.EntityHandle(BitConverter.ToInt32(il, i + 1));
            if (token.Kind == HandleKind.MethodSpecification
                && reader.GetMethodSpecification((MethodSpecificationHandle)token).Method is { Kind: HandleKind.MethodDefinition } target
                && reader.GetString(reader.GetMethodDefinition((MethodDefinitionHandle)target).Name) == helperName
                && il[i - 1] is >= 0x16 and <= 0x1E
                && seen++ == occurrence)
            {
                copy[bodyOffset + i - 1] = newOpcode;
                return copy;
            }
        }

        throw new InvalidOperationException($"no call to {helperName} after a constant in {methodName}");
    }

    private static byte[] PatchHelperBody(byte[] image, string helperName, byte from, byte to)
    {
        var copy = (byte[])image.Clone();
        using var pe = new PEReader(new MemoryStream(image));
        var reader = pe.GetMetadataReader();
        var method = reader.MethodDefinitions.Select(reader.GetMethodDefinition).Single(m => reader.GetString(m.Name) == helperName);
        var offset = BodyOffset(pe, method);
        var il = pe.GetMethodBody(method.RelativeVirtualAddress).GetILBytes()!;
        var at = Array.IndexOf(il, from);
        copy[offset + at] = to;
        return copy;
    }

    private static byte[] SetImplAttributes(byte[] image, string methodName, System.Reflection.MethodImplAttributes attributes)
    {
        var copy = (byte[])image.Clone();
        using var pe = new PEReader(new MemoryStream(image));
        var reader = pe.GetMetadataReader();
        var handle = reader.MethodDefinitions.Single(h => reader.GetString(reader.GetMethodDefinition(h).Name) == methodName);
        // MethodDef rows: RVA (4), ImplFlags (2), Flags (2), …
        var metadataStart = pe.PEHeaders.MetadataStartOffset;
        var row = reader.GetTableMetadataOffset(TableIndex.MethodDef) + (MetadataTokens.GetRowNumber(handle) - 1) * reader.GetTableRowSize(TableIndex.MethodDef);
        BitConverter.GetBytes((ushort)attributes).CopyTo(copy, metadataStart + row + 4);
        return copy;
    }

    // The file offset of a method body's first IL byte (tiny or fat header).
    private static int BodyOffset(PEReader pe, MethodDefinition method)
    {
        var section = pe.PEHeaders.SectionHeaders.Single(s => method.RelativeVirtualAddress >= s.VirtualAddress && method.RelativeVirtualAddress < s.VirtualAddress + s.VirtualSize);
        var headerOffset = method.RelativeVirtualAddress - section.VirtualAddress + section.PointerToRawData;
        var body = pe.GetMethodBody(method.RelativeVirtualAddress);
        return headerOffset + (body.Size - body.GetILBytes()!.Length);
    }
}
