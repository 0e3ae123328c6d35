using System.Reflection.Emit;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;

namespace RestrictedCSharp.Audit.Checks;

/// <summary>
/// The compiler builds spans of a few elements (<c>Span&lt;int&gt; s = [1, x]</c>, <c>params ReadOnlySpan&lt;T&gt;</c>
/// arguments such as <c>string.Join(",", a, b, c)</c>) in a stack buffer of the runtime's <c>InlineArrayN&lt;T&gt;</c>
/// types, reached through four generic helpers it emits into <c>&lt;PrivateImplementationDetails&gt;</c>, which are
/// made of <c>Unsafe.As/AsRef/Add</c> and <c>MemoryMarshal.CreateSpan/CreateReadOnlySpan</c>. Those primitives
/// break memory safety anywhere else, so the audit accepts them only inside a helper whose body is nothing but
/// them applied to its own arguments, and accepts a call to a helper only on an <c>InlineArrayN&lt;T&gt;</c> of
/// that element type with a constant index inside the buffer.
/// </summary>
internal sealed class InlineArrayHelpers
{
    public const string DetailsType = "<PrivateImplementationDetails>";

    /// <summary>The unsafe primitives the helpers are made of, as the audit names them.</summary>
    public static readonly IReadOnlySet<string> Primitives = new HashSet<string>(StringComparer.Ordinal)
    {
        "M:System.Runtime.CompilerServices.Unsafe.As``2(``0@)",
        "M:System.Runtime.CompilerServices.Unsafe.AsRef``1(``0@)",
        "M:System.Runtime.CompilerServices.Unsafe.Add``1(``0@,System.Int32)",
        "M:System.Runtime.InteropServices.MemoryMarshal.CreateSpan``1(``0@,System.Int32)",
        "M:System.Runtime.InteropServices.MemoryMarshal.CreateReadOnlySpan``1(``0@,System.Int32)",
    };

    /// <summary>What the constant argument before a helper call means: an element index, or a span's length.</summary>
    public enum Bound
    {
        None,
        Index,
        Length,
    }

    private static readonly Dictionary<string, Bound> HelperNames = new(StringComparer.Ordinal)
    {
        ["InlineArrayElementRef"] = Bound.Index,
        ["InlineArrayFirstElementRef"] = Bound.None,
        ["InlineArrayAsSpan"] = Bound.Length,
        ["InlineArrayAsReadOnlySpan"] = Bound.Length,
    };

    // The runtime's fixed-length buffers (System.Runtime.CompilerServices.InlineArray2`1 … InlineArray16`1).
    private const string RuntimeBufferPrefix = "System.Runtime.CompilerServices.InlineArray";

    private readonly Dictionary<MethodDefinitionHandle, Bound> _helpers = new();

    private InlineArrayHelpers()
    {
    }

    public static InlineArrayHelpers Find(AuditContext context)
    {
        var found = new InlineArrayHelpers();
        var reader = context.Reader;
        foreach (var typeHandle in reader.TypeDefinitions)
        {
            var type = reader.GetTypeDefinition(typeHandle);
            if (!type.GetDeclaringType().IsNil || !type.Namespace.IsNil && reader.GetString(type.Namespace).Length > 0
                || reader.GetString(type.Name) != DetailsType)
            {
                continue;
            }

            foreach (var methodHandle in type.GetMethods())
            {
                var method = reader.GetMethodDefinition(methodHandle);
                if (HelperNames.TryGetValue(reader.GetString(method.Name), out var bound)
                    && method.GetGenericParameters().Count == 2
                    && IsMadeOfPrimitivesOnly(context, method))
                {
                    found._helpers.Add(methodHandle, bound);
                }
            }
        }

        return found;
    }

    public bool IsHelper(MethodDefinitionHandle method) => _helpers.ContainsKey(method);

    /// <summary>
    /// Null when a call to <paramref name="target"/> (a helper instantiation) right after <paramref name="constant"/>
    /// stays inside the buffer; otherwise why not. Not a helper call at all: null.
    /// </summary>
    public string? RefuseCall(AuditContext context, EntityHandle target, int? constant)
    {
        if (target.Kind != HandleKind.MethodSpecification)
        {
            return target.Kind == HandleKind.MethodDefinition && _helpers.ContainsKey((MethodDefinitionHandle)target)
                ? "an inline-array helper is used without an instantiation"
                : null;
        }

        var spec = context.Reader.GetMethodSpecification((MethodSpecificationHandle)target);
        if (spec.Method.Kind != HandleKind.MethodDefinition || !_helpers.TryGetValue((MethodDefinitionHandle)spec.Method, out var bound))
        {
            return null;
        }

        var arguments = spec.DecodeSignature(context.Signatures, null);
        if (arguments.Length != 2 || BufferLength(arguments[0], arguments[1]) is not { } length)
        {
            return "an inline-array helper is instantiated with something other than a runtime InlineArrayN<T> of its element type";
        }

        return bound switch
        {
            Bound.Index when constant is not { } index || index < 0 || index >= length => $"an element index is not a constant inside the {length}-element buffer",
            Bound.Length when constant is not { } count || count < 0 || count > length => $"a span length is not a constant inside the {length}-element buffer",
            _ => null,
        };
    }

    // InlineArray3{System.Int32} with element System.Int32 → 3.
    private static int? BufferLength(SignatureType buffer, SignatureType element)
    {
        if (buffer.DefinitionName is not { } definition || !definition.StartsWith(RuntimeBufferPrefix, StringComparison.Ordinal)
            || !definition.EndsWith("`1", StringComparison.Ordinal))
        {
            return null;
        }

        var digits = definition.Substring(RuntimeBufferPrefix.Length, definition.Length - RuntimeBufferPrefix.Length - 2);
        var expectedName = MetadataNames.WithoutArity(definition) + "{" + element.Name + "}";
        return int.TryParse(digits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var length)
            && length is >= 2 and <= 16 && buffer.Name == expectedName
            ? length
            : null;
    }

    // Besides the calls: loading the two arguments, returning, and the null check some compilers emit on the
    // buffer reference (ldarg.0; ldind.u1; pop), which reads one byte of the caller's buffer.
    private static readonly HashSet<short> HarmlessOpcodes =
        [OpCodes.Ldarg_0.Value, OpCodes.Ldarg_1.Value, OpCodes.Ldind_U1.Value, OpCodes.Pop.Value, OpCodes.Ret.Value];

    // Nothing but the primitives over the helper's own type parameters, and the harmless opcodes above.
    private static bool IsMadeOfPrimitivesOnly(AuditContext context, MethodDefinition method)
    {
        if (method.RelativeVirtualAddress == 0)
        {
            return false;
        }

        var body = context.PEReader.GetMethodBody(method.RelativeVirtualAddress);
        if (!body.LocalSignature.IsNil || body.ExceptionRegions.Length > 0)
        {
            return false;
        }

        var il = body.GetILReader();
        while (il.RemainingBytes > 0)
        {
            var opcode = il.ReadByte();
            if (opcode == OpCodes.Call.Value)
            {
                if (!IsPrimitiveOverOwnTypeParameters(context, MetadataTokens.EntityHandle(il.ReadInt32())))
                {
                    return false;
                }
            }
            else if (!HarmlessOpcodes.Contains(opcode))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsPrimitiveOverOwnTypeParameters(AuditContext context, EntityHandle target)
    {
        if (target.Kind != HandleKind.MethodSpecification)
        {
            return false;
        }

        var spec = context.Reader.GetMethodSpecification((MethodSpecificationHandle)target);
        return spec.Method.Kind == HandleKind.MemberReference
            && Primitives.Contains(context.MemberId((MemberReferenceHandle)spec.Method))
            && spec.DecodeSignature(context.Signatures, null).All(a => a.Name is "``0" or "``1");
    }
}
