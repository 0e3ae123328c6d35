using System.Runtime.InteropServices;

namespace RestrictedCSharp.Sandbox;

/// <summary>One classic-BPF instruction: <c>struct sock_filter</c> of linux/filter.h (8 bytes).</summary>
[StructLayout(LayoutKind.Sequential)]
internal readonly record struct BpfInstruction(ushort Code, byte JumpIfTrue, byte JumpIfFalse, uint K);

/// <summary>
/// Builds a classic-BPF program with forward jumps to named labels, the form a seccomp filter takes.
/// Opcodes are from linux/bpf_common.h. Conditional jumps in classic BPF are 8-bit forward offsets,
/// so <see cref="Build"/> refuses a program whose jumps do not fit rather than truncating them.
/// </summary>
internal sealed class BpfProgram
{
    // BPF_LD|BPF_W|BPF_ABS: A = 32-bit word at a fixed offset of the input (struct seccomp_data).
    private const ushort LoadWordAbsolute = 0x00 | 0x00 | 0x20;
    // BPF_JMP|<op>|BPF_K: compare A with the constant K.
    private const ushort JumpEqual = 0x05 | 0x10;
    private const ushort JumpGreaterOrEqual = 0x05 | 0x30;
    private const ushort JumpAnyBitSet = 0x05 | 0x40;
    // BPF_RET|BPF_K: return the constant K as the verdict.
    private const ushort ReturnConstant = 0x06;

    /// <summary>The kernel's limit, BPF_MAXINSNS.</summary>
    public const int MaxInstructions = 4096;

    /// <summary>A jump target; mark it once with <see cref="Mark"/> at the instruction it names.</summary>
    public readonly record struct Label(int Id);

    private readonly List<(ushort Code, Label? True, Label? False, uint K)> instructions = [];
    private readonly Dictionary<int, int> labelPositions = [];
    private int nextLabel;

    public int Count => instructions.Count;

    public Label NewLabel() => new(nextLabel++);

    public void Mark(Label label)
    {
        if (!labelPositions.TryAdd(label.Id, instructions.Count))
            throw new InvalidOperationException($"Label {label.Id} is marked twice.");
    }

    /// <summary>A = the 32-bit word at <paramref name="offset"/> of the input.</summary>
    public void LoadWord(uint offset) => instructions.Add((LoadWordAbsolute, null, null, offset));

    /// <summary>Jump when A == k; a null label falls through to the next instruction.</summary>
    public void JumpIfEqual(uint k, Label? whenTrue, Label? whenFalse = null) =>
        instructions.Add((JumpEqual, whenTrue, whenFalse, k));

    public void JumpIfGreaterOrEqual(uint k, Label? whenTrue, Label? whenFalse = null) =>
        instructions.Add((JumpGreaterOrEqual, whenTrue, whenFalse, k));

    /// <summary>Jump when (A &amp; mask) != 0.</summary>
    public void JumpIfAnyBitSet(uint mask, Label? whenTrue, Label? whenFalse = null) =>
        instructions.Add((JumpAnyBitSet, whenTrue, whenFalse, mask));

    public void Return(uint verdict) => instructions.Add((ReturnConstant, null, null, verdict));

    public BpfInstruction[] Build()
    {
        if (instructions.Count > MaxInstructions)
            throw new InvalidOperationException($"{instructions.Count} instructions exceed BPF_MAXINSNS.");
        var result = new BpfInstruction[instructions.Count];
        for (var i = 0; i < instructions.Count; i++)
        {
            var (code, whenTrue, whenFalse, k) = instructions[i];
            result[i] = new BpfInstruction(code, Offset(i, whenTrue), Offset(i, whenFalse), k);
        }
        return result;
    }

    private byte Offset(int from, Label? target)
    {
        if (target is not { } label) return 0;
        if (!labelPositions.TryGetValue(label.Id, out var position))
            throw new InvalidOperationException($"Label {label.Id} is never marked.");
        var offset = position - (from + 1);
        if (offset is < 0 or > byte.MaxValue)
            throw new InvalidOperationException($"Jump from {from} to {position} does not fit a forward 8-bit offset.");
        return (byte)offset;
    }
}
