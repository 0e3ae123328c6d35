using System.Buffers.Binary;
using RestrictedCSharp.Sandbox;

namespace RestrictedCSharp.Sandbox.Tests;

/// <summary>
/// Runs a classic-BPF seccomp program the way the kernel does, over a <c>struct seccomp_data</c>, for
/// the instructions <see cref="BpfProgram"/> emits — so the filter's decisions can be checked without
/// installing it.
/// </summary>
internal static class BpfInterpreter
{
    public static uint Run(BpfInstruction[] program, int nr, uint arch, params ulong[] args)
    {
        var data = new byte[64];
        BinaryPrimitives.WriteInt32LittleEndian(data, nr);
        BinaryPrimitives.WriteUInt32LittleEndian(data.AsSpan(4), arch);
        for (var i = 0; i < args.Length; i++)
            BinaryPrimitives.WriteUInt64LittleEndian(data.AsSpan(16 + 8 * i), args[i]);

        uint a = 0;
        for (var pc = 0; pc < program.Length; pc++)
        {
            var insn = program[pc];
            switch (insn.Code)
            {
                case 0x20: // BPF_LD|BPF_W|BPF_ABS
                    a = BinaryPrimitives.ReadUInt32LittleEndian(data.AsSpan((int)insn.K));
                    break;
                case 0x15: // BPF_JMP|BPF_JEQ|BPF_K
                    pc += a == insn.K ? insn.JumpIfTrue : insn.JumpIfFalse;
                    break;
                case 0x35: // BPF_JMP|BPF_JGE|BPF_K
                    pc += a >= insn.K ? insn.JumpIfTrue : insn.JumpIfFalse;
                    break;
                case 0x45: // BPF_JMP|BPF_JSET|BPF_K
                    pc += (a & insn.K) != 0 ? insn.JumpIfTrue : insn.JumpIfFalse;
                    break;
                case 0x06: // BPF_RET|BPF_K
                    return insn.K;
                default:
                    throw new InvalidOperationException($"Unexpected opcode 0x{insn.Code:x} at {pc}.");
            }
        }
        throw new InvalidOperationException("The program ran off its end without a verdict.");
    }
}
