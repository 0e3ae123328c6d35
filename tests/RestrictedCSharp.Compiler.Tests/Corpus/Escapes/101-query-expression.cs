// expect: RCX0001
// Tries: calls the denied API inside a LINQ query expression.
using System.Linq;

public sealed class Bot
{
    public string[] Act(string[] names) =>
        (from name in names
         let value = System.Environment.GetEnvironmentVariable(name)
         where value is not null
         select value).ToArray();
}
