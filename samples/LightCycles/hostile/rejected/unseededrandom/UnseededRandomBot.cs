// Tries: an unseeded System.Random (and the shared one), so its games differ from run to run.
// Expected: rejected at submission (exit 1); `rcsc check --game lightcycles samples/LightCycles/hostile/rejected/unseededrandom` prints exactly these lines, then `Rejected: 2 error(s), 0 warning(s)`:
//   samples/LightCycles/hostile/rejected/unseededrandom/UnseededRandomBot.cs(12,39): error RCX0001: 'System.Random.Random()' is not allowed: denied by 'deny M:System.Random.#ctor' (samples/LightCycles/lightcycles.rules:8): an unseeded Random is not deterministic: use `new BotRandom(view.Seed)` (https://github.com/RestrictedCSharp/RestrictedCSharp/blob/main/docs/rules/RCX0001.md)
//   samples/LightCycles/hostile/rejected/unseededrandom/UnseededRandomBot.cs(15,40): error RCX0001: 'System.Random.Shared' is not allowed: denied by 'deny P:System.Random.Shared' (samples/LightCycles/lightcycles.rules:9): shared and unseeded: use `new BotRandom(view.Seed)` (https://github.com/RestrictedCSharp/RestrictedCSharp/blob/main/docs/rules/RCX0001.md)
using System;
using LightCycles.Api;

namespace LightCycles.Hostile.UnseededRandom;

public sealed class UnseededRandomBot : LightCyclesBot
{
    private readonly Random _random = new();

    public override Direction Move(GameView view) =>
        (Direction)((_random.Next(4) + Random.Shared.Next(4)) % 4);
}
