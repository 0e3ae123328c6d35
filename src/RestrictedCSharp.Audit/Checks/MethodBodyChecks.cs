using System.Reflection.Emit;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;

namespace RestrictedCSharp.Audit.Checks;

/// <summary>
/// A method's locals and instructions: refuses <c>calli</c> and <c>localloc</c>, and judges every type a
/// type-token instruction names (<c>castclass</c>, <c>newarr</c>, <c>ldtoken</c>, …).
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

        ScanInstructions(context, body.GetILReader(), location);
    }

    private static void ScanInstructions(AuditContext context, BlobReader il, string location)
    {
        while (il.RemainingBytes > 0)
        {
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

            switch (operand)
            {
                case OperandType.InlineType:
                case OperandType.InlineTok:
                    var token = MetadataTokens.EntityHandle(il.ReadInt32());
                    if (token.Kind is HandleKind.TypeReference or HandleKind.TypeSpecification)
                    {
                        DefinitionChecks.CheckTypeHandle(context, token, location, lenient: true);
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

    private static int OperandSize(OperandType operand) => operand switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        _ => 4,
    };
}
