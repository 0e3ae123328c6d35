// Tries: read the server's environment (secrets in variables, the machine's name) and end the process.
// Expected: rejected at submission (exit 1); `rcsc check --game lightcycles samples/LightCycles/hostile/rejected/environment` prints exactly these lines, then `Rejected: 3 error(s), 0 warning(s)`:
//   samples/LightCycles/hostile/rejected/environment/EnvironmentBot.cs(15,19): error RCX0001: 'System.Environment.GetEnvironmentVariable(string)' is not allowed: denied by 'deny T:System.Environment' (preset:bots:645): reveals the host and its state (https://github.com/RestrictedCSharp/RestrictedCSharp/blob/main/docs/rules/RCX0001.md)
//   samples/LightCycles/hostile/rejected/environment/EnvironmentBot.cs(15,65): error RCX0001: 'System.Environment.MachineName' is not allowed: denied by 'deny T:System.Environment' (preset:bots:645): reveals the host and its state (https://github.com/RestrictedCSharp/RestrictedCSharp/blob/main/docs/rules/RCX0001.md)
//   samples/LightCycles/hostile/rejected/environment/EnvironmentBot.cs(16,29): error RCX0001: 'System.Environment.FailFast(string?)' is not allowed: denied by 'deny T:System.Environment' (preset:bots:645): reveals the host and its state (https://github.com/RestrictedCSharp/RestrictedCSharp/blob/main/docs/rules/RCX0001.md)
using System;
using LightCycles.Api;

namespace LightCycles.Hostile.EnvironmentPeek;

public sealed class EnvironmentBot : LightCyclesBot
{
    public override Direction Move(GameView view)
    {
        Log.Write(Environment.GetEnvironmentVariable("HOME") ?? Environment.MachineName);
        if (view.Turn > 10) Environment.FailFast("bye");
        return view.Me.Heading;
    }
}
