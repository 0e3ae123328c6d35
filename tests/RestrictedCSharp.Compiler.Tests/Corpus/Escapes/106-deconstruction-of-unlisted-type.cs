// expect: RCX0002
// Tries: deconstructs a framework type that no rule allows (DictionaryEntry).
public sealed class Bot
{
    public object? Act()
    {
        var (key, value) = new System.Collections.DictionaryEntry("k", "v");
        return value ?? key;
    }
}
