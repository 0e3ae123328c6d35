// Tries: run code as soon as the assembly loads, before any budget is set, through a module initializer.
// Expected: rejected at submission (exit 1); `rcsc check --game lightcycles samples/LightCycles/hostile/rejected/moduleinit` prints exactly these lines, then `Rejected: 1 error(s), 0 warning(s)`:
//   samples/LightCycles/hostile/rejected/moduleinit/ModuleInitBot.cs(13,6): error RCX0201: [ModuleInitializer] is not allowed: it runs code when the assembly loads, before the game calls the bot (https://github.com/RestrictedCSharp/RestrictedCSharp/blob/main/docs/rules/RCX0201.md)
using System.Runtime.CompilerServices;
using LightCycles.Api;

namespace LightCycles.Hostile.ModuleInit;

public sealed class ModuleInitBot : LightCyclesBot
{
    private static int _spins;

    [ModuleInitializer]
    internal static void AtLoad()
    {
        while (_spins >= 0) _spins++;
    }

    public override Direction Move(GameView view) => view.Me.Heading;
}
