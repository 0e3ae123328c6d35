// expect: RCX0001
// Tries: passes a denied type to an attribute through typeof.
using System;

[AttributeUsage(AttributeTargets.Class)]
public sealed class TagAttribute : Attribute
{
    public object? Kind { get; set; }
}

[Tag(Kind = typeof(System.IO.File))]
public sealed class Bot
{
    public int Act() => 1;
}
