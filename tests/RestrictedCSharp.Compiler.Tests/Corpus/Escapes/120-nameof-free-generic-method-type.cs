// expect: RCX0003
// Tries: passes System.Type as a method type argument.
using System.Linq;

public sealed class Bot
{
    public int Act() => Enumerable.Empty<System.Type>().Count();
}
