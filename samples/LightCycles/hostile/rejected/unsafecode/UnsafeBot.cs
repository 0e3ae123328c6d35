// Tries: pointers into memory it does not own, to rewrite the board behind the game's back.
// Expected: rejected at submission (exit 1); `rcsc check --game lightcycles samples/LightCycles/hostile/rejected/unsafecode` prints exactly these lines, then `Rejected: 4 error(s), 0 warning(s)`:
//   samples/LightCycles/hostile/rejected/unsafecode/UnsafeBot.cs(13,21): error RCX0101: 'unsafe' code is not allowed: it breaks memory safety (https://github.com/RestrictedCSharp/RestrictedCSharp/blob/main/docs/rules/RCX0101.md)
//   samples/LightCycles/hostile/rejected/unsafecode/UnsafeBot.cs(13,38): error CS0227: Unsafe code may only appear if compiling with /unsafe (https://msdn.microsoft.com/query/roslyn.query?appId=roslyn&k=k(CS0227))
//   samples/LightCycles/hostile/rejected/unsafecode/UnsafeBot.cs(16,9): error RCX0102: Pointer types and pointer operations are not allowed: they break memory safety (https://github.com/RestrictedCSharp/RestrictedCSharp/blob/main/docs/rules/RCX0102.md)
//   samples/LightCycles/hostile/rejected/unsafecode/UnsafeBot.cs(16,18): error RCX0102: Pointer types and pointer operations are not allowed: they break memory safety (https://github.com/RestrictedCSharp/RestrictedCSharp/blob/main/docs/rules/RCX0102.md)
using LightCycles.Api;

namespace LightCycles.Hostile.UnsafeCode;

public sealed class UnsafeBot : LightCyclesBot
{
    public override unsafe Direction Move(GameView view)
    {
        int cell = 0;
        int* p = &cell;
        p[1000] = -1;
        return view.Me.Heading;
    }
}
