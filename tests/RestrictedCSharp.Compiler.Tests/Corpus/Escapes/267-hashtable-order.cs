// expect: RCX0001
// Tries: reads the per-process hash order through a Hashtable's enumeration.
public sealed class Bot
{
    public string Act()
    {
        var table = new System.Collections.Hashtable { ["a"] = 1, ["b"] = 2, ["c"] = 3 };
        var order = "";
        foreach (System.Collections.DictionaryEntry entry in table) order += entry.Key;
        return order;
    }
}
