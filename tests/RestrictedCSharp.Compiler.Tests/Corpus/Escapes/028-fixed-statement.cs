// expect: RCX0101, RCX0103
// Tries: pins an array with `fixed` to write past its end.
public sealed class Bot
{
    public unsafe void Act(int[] cells)
    {
        fixed (int* p = cells)
        {
            p[cells.Length + 16] = 7;
        }
    }
}
