// Does: library calls reached through several ?. (a?.Items?.Contains(x), longer chains, element access, LINQ after ?.): each receiver is charged by lifting the access before the last ?.
using System.Collections.Generic;
using System.Linq;

public sealed class Node
{
    public Node? Next;
    public List<int>? Items;
    public string? Name;
}

public sealed class Bot
{
    public int Act(int target)
    {
        var head = new Node { Next = new Node { Items = new List<int> { 1, 2, 3 }, Name = "tail" } };
        var rows = new[] { new List<int> { target } };
        int score = 0;
        if (head?.Next?.Items?.Contains(target) == true) score += 1;
        score += head?.Next?.Next?.Items?.ToArray().Length ?? 0;
        if (rows?[0]?.Contains(target) == true) score += 2;
        score += head?.Next?.Items?.Count ?? 0;
        score += head?.Next?.Items?.Where(i => i > 1).Count() ?? 0;
        score += head?.Next?.Name?.IndexOf('a') ?? 0;
        score += head?.Next?.Name?[1..].Length ?? 0;
        return score;
    }
}
