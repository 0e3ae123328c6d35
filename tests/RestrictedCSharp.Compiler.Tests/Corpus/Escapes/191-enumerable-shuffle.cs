// expect: RCX0001
// Tries: .NET 10's Enumerable.Shuffle, which draws from the unseeded Random.Shared.
using System.Linq;

public sealed class Bot
{
    public int Act() => new[] { 0, 1, 2, 3 }.Shuffle().First();
}
