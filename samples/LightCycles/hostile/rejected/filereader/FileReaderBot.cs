// Tries: read a file on the game server (here /etc/hostname) to learn about the machine it runs on.
// Expected: rejected at submission (exit 1); `rcsc check --game lightcycles samples/LightCycles/hostile/rejected/filereader` prints exactly these lines, then `Rejected: 1 error(s), 0 warning(s)`:
//   samples/LightCycles/hostile/rejected/filereader/FileReaderBot.cs(13,19): error RCX0001: 'System.IO.File.ReadAllText(string)' is not allowed: denied by 'deny N:System.IO' (preset:bots:621): no file system access (https://github.com/RestrictedCSharp/RestrictedCSharp/blob/main/docs/rules/RCX0001.md)
using System.IO;
using LightCycles.Api;

namespace LightCycles.Hostile.FileReader;

public sealed class FileReaderBot : LightCyclesBot
{
    public override Direction Move(GameView view)
    {
        Log.Write(File.ReadAllText("/etc/hostname"));
        return view.Me.Heading;
    }
}
