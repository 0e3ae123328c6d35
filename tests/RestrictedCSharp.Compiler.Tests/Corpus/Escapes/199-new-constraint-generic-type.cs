// expect: RCX0402
// Tries: a generic type whose new() constraint makes an unseeded Random through Activator.
using System;

public sealed class Pool<T> where T : new()
{
    public T Take() => new T();
}

public sealed class Bot
{
    public int Act() => new Pool<Random>().Take().Next(4);
}
