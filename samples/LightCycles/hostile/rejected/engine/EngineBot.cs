// Tries: use the game's engine to simulate the match ahead (or to reach the real game); bots only see the API.
// Expected: rejected at submission (exit 1); `rcsc check --game lightcycles samples/LightCycles/hostile/rejected/engine` prints exactly these lines, then `Rejected: 3 error(s), 0 warning(s)`:
//   samples/LightCycles/hostile/rejected/engine/EngineBot.cs(7,19): error CS0234: The type or namespace name 'Engine' does not exist in the namespace 'LightCycles' (are you missing an assembly reference?) (https://msdn.microsoft.com/query/roslyn.query?appId=roslyn&k=k(CS0234))
//   samples/LightCycles/hostile/rejected/engine/EngineBot.cs(15,24): error CS0246: The type or namespace name 'Game' could not be found (are you missing a using directive or an assembly reference?) (https://msdn.microsoft.com/query/roslyn.query?appId=roslyn&k=k(CS0246))
//   samples/LightCycles/hostile/rejected/engine/EngineBot.cs(15,33): error CS0246: The type or namespace name 'GameSettings' could not be found (are you missing a using directive or an assembly reference?) (https://msdn.microsoft.com/query/roslyn.query?appId=roslyn&k=k(CS0246))
using LightCycles.Api;
using LightCycles.Engine;

namespace LightCycles.Hostile.EngineAccess;

public sealed class EngineBot : LightCyclesBot
{
    public override Direction Move(GameView view)
    {
        var game = new Game(new GameSettings(view.Width, view.Height));
        return game.Cycles[view.You].Heading;
    }
}
