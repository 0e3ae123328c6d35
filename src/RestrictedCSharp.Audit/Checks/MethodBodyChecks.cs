using System.Reflection.Emit;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;

namespace RestrictedCSharp.Audit.Checks;

/// <summary>
/// A method's locals and instructions: refuses <c>calli</c> and <c>localloc</c>, and judges every type a
/// type-token instruction names (<c>castclass</c>, <c>newarr</c>, <c>ldtoken</c>, …). Calls are judged where
/// the target alone does not decide: the unsafe primitives and the inline-array helpers (see
/// <see cref="InlineArrayHelpers"/>), and a delegate's runtime-provided <c>BeginInvoke</c>/<c>EndInvoke</c>.
/// </summary>
internal static class MethodBodyChecks
{
    private static readonly Dictionary<short, OperandType> Operands = typeof(OpCodes)
        .GetFields()
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value, o => o.OperandType);

    public static void Run(AuditContext context, MethodDefinitionHandle handle, MethodDefinition method, string location)
    {
        if (method.RelativeVirtualAddress == 0)
        {
            return;
        }

        var body = context.PEReader.GetMethodBody(method.RelativeVirtualAddress);
        if (!body.LocalSignature.IsNil)
        {
            var locals = context.Reader.GetStandaloneSignature(body.LocalSignature).DecodeLocalSignature(context.Signatures, null);
            foreach (var local in locals)
            {
                context.CheckSignatureTypes(local, location, lenient: true);
            }
        }

        ScanInstructions(context, body.GetILReader(), context.InlineArrays.IsHelper(handle), location);
    }

    private static void ScanInstructions(AuditContext context, BlobReader il, bool isInlineArrayHelper, string location)
    {
        int? constant = null;
        EntityHandle constrained = default;
        while (il.RemainingBytes > 0)
        {
            var previousConstant = constant;
            constant = null;
            var constrainedTo = constrained;
            constrained = default;
            short value = il.ReadByte();
            if (value == 0xFE)
            {
                value = unchecked((short)(0xFE00 | il.ReadByte()));
            }

            if (value == OpCodes.Calli.Value)
            {
                context.Report(AuditRules.IndirectCall, "'calli' calls through a raw function pointer", location);
            }
            else if (value == OpCodes.Localloc.Value)
            {
                context.Report(AuditRules.StackAllocation, "'localloc' (stackalloc) allocates unchecked stack memory", location);
            }

            if (!Operands.TryGetValue(value, out var operand))
            {
                context.Report(AuditRules.InvalidAssembly, $"unknown IL opcode 0x{value:X}", location);
                return;
            }

            if (ConstantOf(value, operand, il) is { } pushed)
            {
                constant = pushed;
            }

            switch (operand)
            {
                case OperandType.InlineMethod:
                    var callee = MetadataTokens.EntityHandle(il.ReadInt32());
                    CheckCall(context, callee, previousConstant, isInlineArrayHelper, location);
                    ConstrainedCalls.Check(context, constrainedTo, callee, location);
                    break;
                case OperandType.InlineType:
                case OperandType.InlineTok:
                    var token = MetadataTokens.EntityHandle(il.ReadInt32());
                    if (value == OpCodes.Constrained.Value)
                    {
                        constrained = token;
                    }

                    if (token.Kind is HandleKind.TypeReference or HandleKind.TypeSpecification)
                    {
                        DefinitionChecks.CheckTypeHandle(context, token, location, lenient: true);
                    }
                    else if (token.Kind is HandleKind.MemberReference or HandleKind.MethodSpecification or HandleKind.MethodDefinition)
                    {
                        CheckCall(context, token, constant: null, isInlineArrayHelper, location);
                    }

                    break;
                case OperandType.InlineSwitch:
                    var count = il.ReadInt32();
                    il.Offset += count * 4;
                    break;
                default:
                    il.Offset += OperandSize(operand);
                    break;
            }
        }
    }

    private static void CheckCall(AuditContext context, EntityHandle target, int? constant, bool isInlineArrayHelper, string location)
    {
        var callee = target.Kind == HandleKind.MethodSpecification
            ? context.Reader.GetMethodSpecification((MethodSpecificationHandle)target).Method
            : target;
        if (callee.Kind == HandleKind.MemberReference && !isInlineArrayHelper)
        {
            var id = context.MemberId((MemberReferenceHandle)callee);
            if (InlineArrayHelpers.Primitives.Contains(id) && context.Policy.RefuseMember(id, accessorOf: null) is { } refusal)
            {
                context.Report(AuditRules.RefusedReference, $"'{id.Substring(2)}' is not allowed outside the compiler's inline-array helpers: {refusal}", location);
            }
        }

        if (context.InlineArrays.RefuseCall(context, target, constant) is { } reason)
        {
            context.Report(AuditRules.InlineArrayBounds, reason, location);
        }

        if (callee.Kind == HandleKind.MethodDefinition && DefinitionChecks.IsAsynchronousDelegateMethod(context.Reader, (MethodDefinitionHandle)callee))
        {
            context.Report(AuditRules.AsynchronousDelegateCall, "a delegate's BeginInvoke/EndInvoke is not supported: call the delegate directly", location);
        }
    }

    // The value an ldc.i4 instruction pushes (the IL reader is left after its operand only by the caller).
    private static int? ConstantOf(short opcode, OperandType operand, BlobReader il)
    {
        if (opcode >= OpCodes.Ldc_I4_M1.Value && opcode <= OpCodes.Ldc_I4_8.Value)
        {
            return opcode - OpCodes.Ldc_I4_0.Value;
        }

        if (opcode == OpCodes.Ldc_I4_S.Value)
        {
            return il.ReadSByte();
        }

        return opcode == OpCodes.Ldc_I4.Value && operand == OperandType.InlineI ? il.ReadInt32() : null;
    }

    private static int OperandSize(OperandType operand) => operand switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        _ => 4,
    };
}
