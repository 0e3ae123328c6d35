// Does: tree nodes as a class, and as a record that declares its own Equals, GetHashCode and ToString (guarded like all its code).

using System.Collections.Generic;

public sealed class TreeNode
{
    public TreeNode? Left, Right;
    public int Value;
}

public sealed record SearchNode(int Depth, SearchNode? Parent)
{
    public bool Equals(SearchNode? other) => other is not null && Depth == other.Depth && ReferenceEquals(Parent, other.Parent);

    public override int GetHashCode() => Depth;

    public override string ToString() => "node at depth " + Depth;
}

public sealed class Bot
{
    private static int Count<T>(List<T> items, int n) => n == 0 ? items.Count : Count(items, n - 1);

    public int Act()
    {
        var root = new TreeNode { Value = 1, Left = new TreeNode { Value = 2 } };
        var node = new SearchNode(0, null);
        for (var i = 1; i < 10; i++) node = new SearchNode(i, node);
        return root.Value + (node == new SearchNode(9, node.Parent) ? 1 : 0) + node.ToString().Length + Count(new List<int> { 1 }, 3);
    }
}
