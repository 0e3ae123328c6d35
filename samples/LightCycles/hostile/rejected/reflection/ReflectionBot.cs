// Tries: reach the game's internals through reflection (the type of the view, its private cell array).
// Expected: rejected at submission (exit 1); `rcsc check --game lightcycles samples/LightCycles/hostile/rejected/reflection` prints exactly these lines, then `Rejected: 3 error(s), 0 warning(s)`:
//   samples/LightCycles/hostile/rejected/reflection/ReflectionBot.cs(15,21): error RCX0001: 'object.GetType()' is not allowed: denied by 'deny M:System.Object.GetType' (preset:bots:51): reflection: use pattern matching (`is`, `switch`) instead (https://github.com/RestrictedCSharp/RestrictedCSharp/blob/main/docs/rules/RCX0001.md)
//   samples/LightCycles/hostile/rejected/reflection/ReflectionBot.cs(15,55): error RCX0001: 'System.Reflection.BindingFlags.NonPublic' is not allowed: denied by 'deny N:System.Reflection' (preset:bots:622): reflection (https://github.com/RestrictedCSharp/RestrictedCSharp/blob/main/docs/rules/RCX0001.md)
//   samples/LightCycles/hostile/rejected/reflection/ReflectionBot.cs(15,80): error RCX0001: 'System.Reflection.BindingFlags.Instance' is not allowed: denied by 'deny N:System.Reflection' (preset:bots:622): reflection (https://github.com/RestrictedCSharp/RestrictedCSharp/blob/main/docs/rules/RCX0001.md)
using System.Reflection;
using LightCycles.Api;

namespace LightCycles.Hostile.Reflection;

public sealed class ReflectionBot : LightCyclesBot
{
    public override Direction Move(GameView view)
    {
        var field = view.GetType().GetField("_cells", BindingFlags.NonPublic | BindingFlags.Instance);
        var cells = (int[])field!.GetValue(view)!;
        cells[0] = -1;
        return view.Me.Heading;
    }
}
