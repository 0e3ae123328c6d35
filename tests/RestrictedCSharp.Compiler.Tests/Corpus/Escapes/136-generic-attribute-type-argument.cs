// expect: RCX0001
// Tries: passes System.Type as the type argument of a generic attribute.

using System;

[AttributeUsage(AttributeTargets.Class)]
public sealed class KindAttribute<T> : Attribute
{
}

[Kind<System.Type>]
public sealed class Bot
{
    public int Act() => 1;
}
