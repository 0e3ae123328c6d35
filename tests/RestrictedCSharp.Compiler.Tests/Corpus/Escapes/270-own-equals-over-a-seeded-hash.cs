// expect: RCX0403
// Tries: a record that declares only Equals keeps the compiler's GetHashCode, which hashes its string with a
// per-process seed; as HashSet keys, which names collide, and so how often the guarded Equals runs and the
// ticks the call spends, differ between two runs of the same bot.

using System.Collections.Generic;

public sealed record Name(string Text)
{
    public bool Equals(Name? other)
    {
        if (other is null || other.Text.Length != Text.Length) return false;
        for (var i = 0; i < Text.Length; i++) if (Text[i] != other.Text[i]) return false;
        return true;
    }
}

public sealed class Bot
{
    public int Act()
    {
        var seen = new HashSet<Name>();
        for (var i = 0; i < 5000; i++) seen.Add(new Name("n" + i));
        return seen.Count;
    }
}
