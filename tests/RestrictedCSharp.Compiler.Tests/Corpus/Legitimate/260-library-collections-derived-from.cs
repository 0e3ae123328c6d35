// Does: bot classes deriving from library collections call their walking members on base: each is charged as this, the same object, or through its first argument in an override.
using System.Collections.Generic;
using System.Collections.ObjectModel;

public class Pile : List<int>
{
    public bool Has(int x) => base.Contains(x);

    public int Position(int x)
    {
        return base.IndexOf(x);
    }

    public int[] Snapshot() => base.ToArray();

    public void Order() => base.Sort();

    public new bool Contains(int x) => base.Contains(x) || x < 0;
}

public sealed class Board : SortedList<int, int>
{
    public void Mark(int cell) { base[cell] = cell; }
}

public sealed class History : Collection<int>
{
    public int Inserted { get; private set; }

    protected override void InsertItem(int index, int item)
    {
        Inserted++;
        base.InsertItem(index, item);
    }

    protected override void RemoveItem(int index) => base.RemoveItem(index);

    protected override void ClearItems()
    {
        Inserted = 0;
        base.ClearItems();
    }
}

public sealed class Bot
{
    public int Act()
    {
        var pile = new Pile { 4, 2, 8 };
        pile.Order();
        var board = new Board();
        board.Mark(3);
        var history = new History { 1, 2 };
        history.RemoveAt(0);
        history.Clear();
        return pile.Position(8) + (pile.Has(2) ? 1 : 0) + pile.Snapshot().Length + board.Count + history.Inserted;
    }
}
