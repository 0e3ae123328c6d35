using System.Reflection.Emit;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using RestrictedCSharp.Rules;

namespace RestrictedCSharp.Audit.Checks;

/// <summary>
/// A method's locals and instructions: refuses <c>calli</c>, judges <c>localloc</c> and <c>GetType</c> by the
/// instructions around them (<see cref="StackAllocationChecks"/>, <see cref="TypeComparisonCalls"/>), and judges every type a
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
        // What the checks of instruction sequences read (GetType comparisons, stackalloc into a span).
        var instructions = new List<IlInstruction>();
        int? constant = null;
        EntityHandle constrained = default;
        while (il.RemainingBytes > 0)
        {
            var start = il.Offset;
            EntityHandle token = default;
            int[]? targets = null;
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
                context.Report(RcxCatalog.AuditIndirectCall, "'calli' calls through a raw function pointer", location);
            }

            if (!Operands.TryGetValue(value, out var operand))
            {
                context.Report(RcxCatalog.AuditInvalidAssembly, $"unknown IL opcode 0x{value:X}", location);
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
                    token = callee;
                    CheckCall(context, callee, previousConstant, isInlineArrayHelper, location);
                    ConstrainedCalls.Check(context, constrainedTo, callee, location);
                    break;
                case OperandType.InlineType:
                case OperandType.InlineTok:
                    token = MetadataTokens.EntityHandle(il.ReadInt32());
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
                    if (count < 0 || count > il.RemainingBytes / 4)
                    {
                        context.Report(RcxCatalog.AuditInvalidAssembly, "a switch instruction runs past the method body", location);
                        return;
                    }

                    var offsets = new int[count];
                    for (var i = 0; i < count; i++)
                    {
                        offsets[i] = il.ReadInt32();
                    }

                    targets = offsets.Select(o => il.Offset + o).ToArray();
                    break;
                case OperandType.ShortInlineBrTarget:
                    var shortJump = il.ReadSByte();
                    targets = [il.Offset + shortJump];
                    break;
                case OperandType.InlineBrTarget:
                    var jump = il.ReadInt32();
                    targets = [il.Offset + jump];
                    break;
                case OperandType.InlineField:
                    token = MetadataTokens.EntityHandle(il.ReadInt32());
                    break;
                default:
                    il.Offset += OperandSize(operand);
                    break;
            }

            instructions.Add(new IlInstruction(start, value, token, constant, targets));
        }

        TypeComparisonCalls.Check(context, instructions, location);
        StackAllocationChecks.Check(context, instructions, location);
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
                context.Report(RcxCatalog.AuditRefusedReference, $"'{id.Substring(2)}' is not allowed outside the compiler's inline-array helpers: {refusal}", location);
            }
        }

        if (context.InlineArrays.RefuseCall(context, target, constant) is { } reason)
        {
            context.Report(RcxCatalog.AuditInlineArrayBounds, reason, location);
        }

        if (callee.Kind == HandleKind.MethodDefinition && DefinitionChecks.IsAsynchronousDelegateMethod(context.Reader, (MethodDefinitionHandle)callee))
        {
            context.Report(RcxCatalog.AuditAsynchronousDelegateCall, "a delegate's BeginInvoke/EndInvoke is not supported: call the delegate directly", location);
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
