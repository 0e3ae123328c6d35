using System.Reflection.Metadata;

namespace RestrictedCSharp.Audit.Checks;

/// <summary>
/// One decoded instruction of a method body, as the checks that judge a sequence of instructions need it:
/// its offset, opcode, metadata token (if any), the constant an <c>ldc.i4</c> pushes, and branch targets.
/// </summary>
internal readonly record struct IlInstruction(int Offset, short OpCode, EntityHandle Token, int? Constant, int[]? Targets);
