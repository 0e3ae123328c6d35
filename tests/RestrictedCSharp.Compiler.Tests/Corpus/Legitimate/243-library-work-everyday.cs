// Does: everyday library calls, each charged for the data it walks: LINQ, lookups, sorting, strings, spreads, and method groups of constant-time members.

using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

public sealed class Bot
{
    private readonly Dictionary<string, int> _seen = new();
    private readonly List<int> _history = new();

    public int Act(int[] cells, string command)
    {
        Action<int> remember = _history.Add;
        remember(cells.Length);
        var counts = cells.GroupBy(c => c).ToDictionary(g => g.Key, g => g.Count());
        var best = cells.Where(c => c > 0).OrderByDescending(c => c).ThenBy(c => c % 3).FirstOrDefault();
        Array.Sort(cells);
        var numbers = command.Split(',').Select(s => int.Parse(s)).ToList();
        int[] all = [.. numbers, .. cells];
        _seen[command] = _seen.TryGetValue(command, out var n) ? n + 1 : 1;
        var text = new StringBuilder().Append(command).Append(':').Append(best).ToString();
        switch (command)
        {
            case "north": best++; break;
            case "south": best--; break;
        }

        return best + counts.Count + all.Length + text.Length + (command == "stop" ? 1 : 0) + _history.Sum();
    }
}
