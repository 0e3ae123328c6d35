// expect: RCX0001
// Tries: an ImmutableDictionary builder, whose keys enumerate in per-process hash order.
using System.Collections.Immutable;
using System.Linq;

public sealed class Bot
{
    public string Act()
    {
        var builder = ImmutableDictionary.CreateBuilder<string, int>();
        builder["north"] = 1;
        builder["south"] = 2;
        builder["east"] = 3;
        return builder.Keys.First();
    }
}
