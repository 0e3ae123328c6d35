// expect: RCX0303
// Tries: declares its own namespace System.Foo, where the runtime's and the compiler's names live.
namespace System.Foo
{
    public sealed class Helper
    {
        public int Twice(int x) => 2 * x;
    }
}

public sealed class Bot
{
    public int Act() => new System.Foo.Helper().Twice(21);
}
