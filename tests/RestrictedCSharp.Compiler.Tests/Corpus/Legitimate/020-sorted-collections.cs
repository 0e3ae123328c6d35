// An order book and leaderboard with sorted collections.
using System.Collections.Generic;

namespace Market;

public sealed class OrderBook
{
    private readonly SortedDictionary<int, int> _bids = new(Comparer<int>.Create((a, b) => b.CompareTo(a)));
    private readonly SortedList<int, int> _asks = new();
    private readonly SortedSet<(int Score, string Name)> _leaders = new();

    public void Bid(int price, int quantity) => _bids[price] = _bids.GetValueOrDefault(price) + quantity;

    public void Ask(int price, int quantity) => _asks[price] = _asks.GetValueOrDefault(price) + quantity;

    public int? Spread()
    {
        foreach (var bid in _bids)
        {
            if (_asks.Count > 0)
            {
                return _asks.Keys[0] - bid.Key;
            }
        }

        return null;
    }

    public void Record(string name, int score)
    {
        _leaders.Add((score, name));
        if (_leaders.Count > 3)
        {
            _leaders.Remove(_leaders.Min);
        }
    }

    public string? Leader() => _leaders.Count == 0 ? null : _leaders.Max.Name;
}
