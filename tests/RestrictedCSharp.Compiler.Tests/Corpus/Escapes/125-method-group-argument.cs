// expect: RCX0001
// Tries: passes a denied method as a method group to LINQ.

using System.Linq;

public sealed class Bot
{
    public string?[] Act(string[] names) => names.Select(System.Environment.GetEnvironmentVariable).ToArray();
}
