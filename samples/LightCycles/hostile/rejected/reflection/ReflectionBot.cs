// Tries: reach the game's internals through reflection (the type of the view, its private cell array).
// Expected: rejected at submission (exit 1); `rcsc check` prints exactly:
//   samples/LightCycles/hostile/rejected/reflection/ReflectionBot.cs(17,21): error RCX0001: 'System.Type.GetField(string, System.Reflection.BindingFlags)' is not allowed: denied by 'deny T:System.Type' (preset:bots:334): reflection: use pattern matching (`is`, `switch`) instead
//   samples/LightCycles/hostile/rejected/reflection/ReflectionBot.cs(17,21): error RCX0001: 'object.GetType()' is not allowed: denied by 'deny M:System.Object.GetType' (preset:bots:34): reflection: use pattern matching (`is`, `switch`) instead
//   samples/LightCycles/hostile/rejected/reflection/ReflectionBot.cs(17,55): error RCX0001: 'System.Reflection.BindingFlags.NonPublic' is not allowed: denied by 'deny N:System.Reflection' (preset:bots:333): reflection
//   samples/LightCycles/hostile/rejected/reflection/ReflectionBot.cs(17,80): error RCX0001: 'System.Reflection.BindingFlags.Instance' is not allowed: denied by 'deny N:System.Reflection' (preset:bots:333): reflection
//   samples/LightCycles/hostile/rejected/reflection/ReflectionBot.cs(18,28): error RCX0001: 'System.Reflection.FieldInfo.GetValue(object?)' is not allowed: denied by 'deny N:System.Reflection' (preset:bots:333): reflection
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
