// expect: RCX0001
// Tries: runs a regular expression that can backtrack without bound.
using System.Text.RegularExpressions;

public sealed class Bot
{
    public bool Act(string s) => Regex.IsMatch(s, "^(a+)+$");
}
