// Tries: start a shell on the server.
// Expected: rejected at submission (exit 1); `rcsc check --game lightcycles samples/LightCycles/hostile/rejected/processstart` prints exactly these lines, then `Rejected: 1 error(s), 0 warning(s)`:
//   samples/LightCycles/hostile/rejected/processstart/ProcessStartBot.cs(13,9): error RCX0001: 'System.Diagnostics.Process.Start(string, string)' is not allowed: denied by 'deny N:System.Diagnostics' (preset:bots:649): processes, debugger, stack traces and clocks (https://github.com/RestrictedCSharp/RestrictedCSharp/blob/main/docs/rules/RCX0001.md)
using System.Diagnostics;
using LightCycles.Api;

namespace LightCycles.Hostile.ProcessStart;

public sealed class ProcessStartBot : LightCyclesBot
{
    public override Direction Move(GameView view)
    {
        Process.Start("/bin/sh", "-c \"id > /tmp/owned\"");
        return view.Me.Heading;
    }
}
