using System.Reflection.Emit;
using System.Reflection.Metadata;
using RestrictedCSharp.Rules;

namespace RestrictedCSharp.Audit.Checks;

/// <summary>
/// <c>localloc</c> (stackalloc), accepted only with <c>feature stackalloc on</c> and only as the C# compiler emits
/// <c>Span&lt;T&gt; s = stackalloc T[N]</c> for a constant N: the size pushed as a constant (bytes, or N times
/// <c>sizeof T</c>), <c>localloc</c>, then at once the span made over it, <c>new Span&lt;T&gt;(void*, N)</c>, with
/// the same T and no more elements than were allocated. That span constructor takes a pointer, so it is accepted
/// only there: anywhere else it could make a span over memory that is not the span's. A localloc that a branch
/// can reach again (inside a loop) is refused, since each round would take more stack.
/// </summary>
/// <remarks>
/// The bound on the size is a sanity bound: the audit cannot know a foreign struct's size, and code without guards
/// can overflow the stack by recursion anyway; the analyzer's bound (16 KiB, counted in the frame) is the budget.
/// </remarks>
internal static class StackAllocationChecks
{
    public const string SpanPointerConstructorId = "M:System.Span`1.#ctor(System.Void*,System.Int32)";

    private static readonly Dictionary<string, int> PrimitiveSizes = new(StringComparer.Ordinal)
    {
        ["System.Boolean"] = 1, ["System.Byte"] = 1, ["System.SByte"] = 1,
        ["System.Char"] = 2, ["System.Int16"] = 2, ["System.UInt16"] = 2,
        ["System.Int32"] = 4, ["System.UInt32"] = 4, ["System.Single"] = 4,
        ["System.Int64"] = 8, ["System.UInt64"] = 8, ["System.Double"] = 8,
        ["System.IntPtr"] = 8, ["System.UIntPtr"] = 8,
    };

    public static bool IsJudgedAtCallSites(AuditContext context, string memberId) =>
        context.Policy.Rules.IsEnabled(LanguageFeature.Stackalloc) && memberId == SpanPointerConstructorId;

    public static void Check(AuditContext context, IReadOnlyList<IlInstruction> instructions, string location)
    {
        var enabled = context.Policy.Rules.IsEnabled(LanguageFeature.Stackalloc);
        var verifiedConstructors = new HashSet<int>();
        for (var i = 0; i < instructions.Count; i++)
        {
            if (instructions[i].OpCode != OpCodes.Localloc.Value)
            {
                continue;
            }

            var refusal = !enabled
                ? "'localloc' (stackalloc) allocates stack memory, and the rules in force refuse it"
                : Refusal(context, instructions, i);
            if (refusal is null)
            {
                verifiedConstructors.Add(i + 2);
            }
            else
            {
                context.Report(RcxCatalog.AuditStackAllocation, refusal, location);
            }
        }

        if (!enabled)
        {
            return; // the constructor's pointer signature is refused with the member references
        }

        for (var i = 0; i < instructions.Count; i++)
        {
            if (!verifiedConstructors.Contains(i) && IsSpanPointerConstructor(context, instructions[i].Token))
            {
                context.Report(
                    RcxCatalog.AuditUnsafeSignature,
                    "'Span<T>(void*, int)' makes a span over raw memory: it is allowed only over the block a constant stackalloc just made",
                    location);
            }
        }
    }

    private static string? Refusal(AuditContext context, IReadOnlyList<IlInstruction> instructions, int localloc)
    {
        // Before: ldc.i4 BYTES; conv.u  or  ldc.i4 COUNT; conv.u; sizeof T; mul.ovf.un.
        long allocatedElements;
        SignatureType? allocatedType = null;
        long? allocatedBytes = null;
        if (At(instructions, localloc - 2) is { Constant: { } bytes } && Is(instructions, localloc - 1, OpCodes.Conv_U))
        {
            allocatedBytes = bytes;
            allocatedElements = -1;
        }
        else if (At(instructions, localloc - 4) is { Constant: { } count } && Is(instructions, localloc - 3, OpCodes.Conv_U)
            && Is(instructions, localloc - 2, OpCodes.Sizeof) && Is(instructions, localloc - 1, OpCodes.Mul_Ovf_Un))
        {
            allocatedElements = count;
            allocatedType = TypeOf(context, instructions[localloc - 1 - 1].Token);
        }
        else
        {
            return "'localloc' (stackalloc) is allowed only with a constant size, as 'stackalloc T[N]'";
        }

        // After: ldc.i4 LENGTH; newobj Span<T>::.ctor(void*, int32).
        if (At(instructions, localloc + 1) is not { Constant: { } length } || At(instructions, localloc + 2) is not { } constructor
            || constructor.OpCode != OpCodes.Newobj.Value || !IsSpanPointerConstructor(context, constructor.Token)
            || SpanElement(context, constructor.Token) is not { } element)
        {
            return "'localloc' (stackalloc) is allowed only straight into a Span, as 'Span<T> s = stackalloc T[N]'";
        }

        var fits = allocatedType is null
            ? PrimitiveSizes.TryGetValue(element, out var size) && length >= 0 && (long)length * size <= allocatedBytes
            : element == allocatedType.Name && length >= 0 && length <= allocatedElements;
        if (!fits)
        {
            return "the span made over a stackalloc is longer than the block allocated";
        }

        var total = allocatedBytes ?? allocatedElements;
        if (total > StackFrameEstimator.MaximumStackAllocBytes)
        {
            return $"a stackalloc of {total} {(allocatedBytes is null ? "elements" : "bytes")} is over the {StackFrameEstimator.MaximumStackAllocBytes} a stackalloc may take";
        }

        var offset = instructions[localloc].Offset;
        foreach (var instruction in instructions)
        {
            if (instruction.Offset > offset && instruction.Targets is { } targets && targets.Any(t => t <= offset))
            {
                return "a stackalloc that a branch can reach again (inside a loop) takes more stack every round";
            }
        }

        return null;
    }

    private static IlInstruction? At(IReadOnlyList<IlInstruction> instructions, int index) =>
        index >= 0 && index < instructions.Count ? instructions[index] : null;

    private static bool Is(IReadOnlyList<IlInstruction> instructions, int index, OpCode opCode) =>
        At(instructions, index) is { } instruction && instruction.OpCode == opCode.Value;

    private static bool IsSpanPointerConstructor(AuditContext context, EntityHandle token) =>
        token.Kind == HandleKind.MemberReference && context.MemberId((MemberReferenceHandle)token) == SpanPointerConstructorId;

    private static SignatureType? TypeOf(AuditContext context, EntityHandle token) => token.Kind switch
    {
        HandleKind.TypeSpecification => context.TypeSpecification((TypeSpecificationHandle)token),
        HandleKind.TypeReference => context.Signatures.GetTypeFromReference(context.Reader, (TypeReferenceHandle)token, 0),
        HandleKind.TypeDefinition => context.Signatures.GetTypeFromDefinition(context.Reader, (TypeDefinitionHandle)token, 0),
        _ => null,
    };

    // The name of T in the Span<T> whose constructor the member reference names ("System.Span{T}").
    private static string? SpanElement(AuditContext context, EntityHandle token)
    {
        const string Prefix = "System.Span{";
        var member = context.Reader.GetMemberReference((MemberReferenceHandle)token);
        if (member.Parent.Kind != HandleKind.TypeSpecification)
        {
            return null;
        }

        var name = context.TypeSpecification((TypeSpecificationHandle)member.Parent).Name;
        return name.StartsWith(Prefix, StringComparison.Ordinal) && name.EndsWith('}') ? name[Prefix.Length..^1] : null;
    }
}
