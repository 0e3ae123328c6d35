// Move lists built with collection expressions and spreads.
using System;
using System.Collections.Generic;

namespace Moves;

public sealed class Bot
{
    private static readonly string[] Opening = ["e4", "Nf3", "Bc4"];

    public List<string> Plan(bool aggressive)
    {
        string[] attack = ["Qh5", "Qxf7"];
        string[] defence = ["O-O", "d3"];
        List<string> plan = [.. Opening, .. (aggressive ? attack : defence)];
        return plan;
    }

    public int[] Weights() => [1, 2, 3, .. Bonus(), 10];

    private static int[] Bonus() => [5, 8];

    public ReadOnlySpan<int> Empty() => [];

    public HashSet<char> Files() => ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
}
