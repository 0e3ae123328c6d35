// Inventory summaries with LINQ method syntax over read-only collections.
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;

namespace Inventory;

public sealed record Item(string Name, int Weight, int Value);

public sealed class Bot
{
    public ReadOnlyCollection<Item> Pack(IEnumerable<Item> items, int capacity)
    {
        var chosen = new List<Item>();
        var weight = 0;
        foreach (var item in items.OrderByDescending(i => (double)i.Value / i.Weight).ThenBy(i => i.Name))
        {
            if (weight + item.Weight <= capacity)
            {
                chosen.Add(item);
                weight += item.Weight;
            }
        }

        return chosen.AsReadOnly();
    }

    public IReadOnlyDictionary<int, string[]> ByWeight(IEnumerable<Item> items) =>
        items.GroupBy(i => i.Weight).ToDictionary(g => g.Key, g => g.Select(i => i.Name).Order().ToArray());

    public int Score(IEnumerable<Item> items) => items.Where(i => i.Value > 0).Sum(i => i.Value) + items.Count();

    public IEnumerable<(Item, int)> Indexed(IEnumerable<Item> items) => items.Select((item, i) => (item, i)).Take(10);
}
