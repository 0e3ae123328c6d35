// expect: RCX0001
// Tries: matches a value against System.Type with a type pattern.
public sealed class Bot
{
    public string Act(object o) => o is System.Type t ? t.Name : "";
}
