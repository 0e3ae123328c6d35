// expect: RCX0501
// Tries: a collection expression of 16 values of a 16 KiB struct into a Span, built by the compiler in an inline
// array in the frame of a recursive function: a 256 KiB frame that the stack estimate did not count, so no probe
// ran in time and the runner ended with a stack overflow (signal 6) instead of stack-limit.

using System;

public struct S1 { public long A, B, C, D, E, F, G, H; public override bool Equals(object? o) => false; public override int GetHashCode() => 1; public override string ToString() => "s"; }
public struct S2 { public S1 A, B, C, D, E, F, G, H; public override bool Equals(object? o) => false; public override int GetHashCode() => 1; public override string ToString() => "s"; }
public struct S3 { public S2 A, B, C, D, E, F, G, H, I, J, K, L, M, N, O, P, Q, R, S, T, U, V, W, X, Y, Z, AA, AB, AC, AD, AE, AF; public override bool Equals(object? o) => false; public override int GetHashCode() => 1; public override string ToString() => "s"; }

public sealed class Bot
{
    private static readonly S3 Cell = new S3();

    public int Act() => Down(0);

    private static int Down(int depth)
    {
        Span<S3> buffer = [Cell, Cell, Cell, Cell, Cell, Cell, Cell, Cell, Cell, Cell, Cell, Cell, Cell, Cell, Cell, Cell];
        buffer[0].A.A.A = depth;
        return depth > 5000 ? buffer.Length : Down(depth + 1) + (int)buffer[depth & 15].A.A.A;
    }
}
