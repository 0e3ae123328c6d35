// A fog-of-war bitmap with BitArray and BitOperations.
using System.Collections;
using System.Numerics;

namespace Fog;

public sealed class Visibility(int width, int height)
{
    private readonly BitArray _seen = new(width * height);

    public void Reveal(int x, int y) => _seen[(y * width) + x] = true;

    public bool Seen(int x, int y) => _seen[(y * width) + x];

    public int CountSeen()
    {
        var count = 0;
        for (var i = 0; i < _seen.Length; i++)
        {
            if (_seen[i])
            {
                count++;
            }
        }

        return count;
    }

    public static int FreeSlots(ulong occupied) => BitOperations.PopCount(~occupied);

    public static int FirstFree(uint occupied) => BitOperations.TrailingZeroCount(~occupied);

    public static bool IsPowerOfTwo(uint v) => BitOperations.IsPow2(v);

    public int Height => height;
}
