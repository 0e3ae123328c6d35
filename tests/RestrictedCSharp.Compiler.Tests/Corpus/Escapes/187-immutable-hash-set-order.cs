// expect: RCX0001
// Tries: the enumeration order of an ImmutableHashSet<string>, which follows the per-process string hashes.
using System.Collections.Immutable;
using System.Linq;

public sealed class Bot
{
    public string Act() => ImmutableHashSet.Create("north", "south", "east", "west").First();
}
