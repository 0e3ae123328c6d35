// Does: LINQ with lambdas nested four deep over overloaded operators, and constant strings built from named constants.
using System.Collections.Generic;
using System.Linq;

public sealed class Bot
{
    private const string Name = "nested";
    private const string Version = "2";
    private const string Banner = Name + " v" + Version;
    private const string Title = $"{Banner} ({Name})";

    public string Describe() => Title;

    public int Act(int[][] grid) =>
        grid.Select(row => row.Where(cell => grid.Any(other => other.Count(v => v == cell) > 1)).Sum())
            .OrderByDescending(score => score)
            .FirstOrDefault();

    public Dictionary<int, List<int>> Groups(int[] values) =>
        values.GroupBy(v => v % 3).ToDictionary(g => g.Key, g => g.Select(v => v * 2).Where(v => values.Any(w => w == v)).ToList());
}
