// Tries: keep thinking on other threads between turns, outside the turn's budget.
// Expected: rejected at submission (exit 1); `rcsc check --game lightcycles samples/LightCycles/hostile/rejected/threads` prints exactly these lines, then `Rejected: 3 error(s), 0 warning(s)`:
//   samples/LightCycles/hostile/rejected/threads/ThreadsBot.cs(18,9): error RCX0001: 'System.Threading.Thread.Thread(System.Threading.ThreadStart)' is not allowed: denied by 'deny N:System.Threading' (preset:bots:651): bots are single-threaded: threads, tasks, timers and locks are not available (https://github.com/RestrictedCSharp/RestrictedCSharp/blob/main/docs/rules/RCX0001.md)
//   samples/LightCycles/hostile/rejected/threads/ThreadsBot.cs(18,41): error RCX0001: 'System.Threading.Interlocked.Increment(ref long)' is not allowed: denied by 'deny N:System.Threading' (preset:bots:651): bots are single-threaded: threads, tasks, timers and locks are not available (https://github.com/RestrictedCSharp/RestrictedCSharp/blob/main/docs/rules/RCX0001.md)
//   samples/LightCycles/hostile/rejected/threads/ThreadsBot.cs(19,9): error RCX0001: 'System.Threading.Tasks.Task.Run(System.Func<System.Threading.Tasks.Task?>)' is not allowed: denied by 'deny N:System.Threading' (preset:bots:651): bots are single-threaded: threads, tasks, timers and locks are not available (https://github.com/RestrictedCSharp/RestrictedCSharp/blob/main/docs/rules/RCX0001.md)
using System.Threading;
using System.Threading.Tasks;
using LightCycles.Api;

namespace LightCycles.Hostile.Threads;

public sealed class ThreadsBot : LightCyclesBot
{
    private long _thoughts;

    public ThreadsBot()
    {
        new Thread(() => { while (true) Interlocked.Increment(ref _thoughts); }).Start();
        Task.Run(() => { while (true) _thoughts++; });
    }

    public override Direction Move(GameView view) => (Direction)(_thoughts % 4);
}
