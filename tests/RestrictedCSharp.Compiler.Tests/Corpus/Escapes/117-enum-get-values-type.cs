// expect: RCX0003
// Tries: calls the Type-taking Enum.GetValues overload.
using System;

public enum Direction
{
    North,
    South,
}

public sealed class Bot
{
    public int Act() => Enum.GetValues(typeof(Direction)).Length;
}
