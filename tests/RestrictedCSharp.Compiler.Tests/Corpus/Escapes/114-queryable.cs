// expect: RCX0001
// Tries: turns a list into an IQueryable, whose provider compiles expression trees.
using System.Collections.Generic;
using System.Linq;

public sealed class Bot
{
    public int Act() => new List<int> { 1, 2 }.AsQueryable().Count();
}
