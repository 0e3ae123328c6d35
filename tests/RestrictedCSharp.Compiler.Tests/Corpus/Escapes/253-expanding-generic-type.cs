// expect: RCX0512
// Tries: the same through a generic class whose method makes an instance of the class over a bigger type.

using System.Collections.Generic;

public sealed class Layer<T>
{
    public int Deeper(int n) => n == 0 ? 0 : new Layer<KeyValuePair<T, T>>().Deeper(n - 1) + 1;
}

public sealed class Bot
{
    public int Act() => new Layer<int>().Deeper(500);
}
