// expect: RCX0001
// Tries: runs work on the thread pool with Task.Run.
using System.Threading.Tasks;

public sealed class Bot
{
    public void Act() => Task.Run(() => 42);
}
