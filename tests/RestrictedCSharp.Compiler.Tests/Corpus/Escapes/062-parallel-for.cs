// expect: RCX0001
// Tries: fans work out over threads with Parallel.For.
using System.Threading.Tasks;

public sealed class Bot
{
    public void Act() => Parallel.For(0, 64, _ => { });
}
