// expect: RCX0001
// Tries: crashes the runner with Environment.FailFast.
using System;

public sealed class Bot
{
    public void Act() => Environment.FailFast("bye");
}
