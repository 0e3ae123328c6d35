using Microsoft.CodeAnalysis;
using RestrictedCSharp.Rules;

namespace RestrictedCSharp.Audit.Tests;

/// <summary>What the compiler emits for ordinary modern C# must pass: the helper list is complete.</summary>
public class AcceptedProgramTests
{
    private static readonly AuditPolicy Bots = new(RuleSetLoader.Preset("bots"));

    [Fact]
    public void Compiler_emitted_helpers_pass()
    {
        var result = AssemblyAuditor.Audit(PlainCompiler.Compile("""
            using System;
            using System.Collections.Generic;
            using System.Linq;
            using System.Numerics;

            public record Point(int X, int Y) { public Point Step(int dx) => this with { X = X + dx }; }
            public readonly record struct Cell(int Row, int Col);
            public sealed class Grid(int width, int height)
            {
                private readonly int[,] _cells = new int[width, height];
                public int this[int x, int y] { get => _cells[x, y]; set => _cells[x, y] = value; }
                public event Action<int>? Changed;
                public void Set(int v) => Changed?.Invoke(v);
            }
            public static class Bot
            {
                public const decimal Rate = 1.5m;
                public static IEnumerable<int> Evens(int n) { for (var i = 0; i < n; i += 2) yield return i; }
                public static T Sum<T>(params T[] xs) where T : INumber<T> { var s = T.Zero; foreach (var x in xs) s += x; return s; }
                public static string Describe(object o) => o switch { int i when i > 3 => $"big {i:D3}", int i => $"small {i}", string s => s, _ => "?" };
                public static int[] Slice(int[] a) => a[1..^1];
                public static List<int> Make(int a, int b) => [a, b, a + b];
                public static int[] Consts() => new[] { 1, 2, 3, 4, 5, 6, 7, 8 };
                public static (int Min, int Max) Range(IEnumerable<int> xs) => (xs.Min(), xs.Max());
                public static string Anonymous() => new { A = 1, B = "x" }.ToString()!;
                public static int Query(int[] xs) => (from x in xs where x > 1 orderby x select x * 2).Sum();
                public static bool Same(Point a, Point b) => a == b && a.Equals(b) && a.GetHashCode() == b.GetHashCode();
                public static int Ext(this int x) => x + 1;
                public static long Big() => (long)(Int128.One << 40);
                public static Func<int, int> Adder(int k) => x => x + k;
                public static string Text(Point p) => p.ToString();
                public static T Fresh<T>() where T : new() => new T();
            }
            """), Bots);
        result.Findings.Should().BeEmpty();
    }

    public static IEnumerable<object[]> LegitimatePrograms() =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Legitimate"), "*.cs").Order().Select(f => new object[] { Path.GetFileName(f) });

    [Theory]
    [MemberData(nameof(LegitimatePrograms))]
    public void Every_legitimate_program_passes(string file)
    {
        var source = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Legitimate", file));
        var guardRuntime = MetadataReference.CreateFromFile(typeof(RestrictedCSharp.Budget).Assembly.Location);
        var result = AssemblyAuditor.Audit(PlainCompiler.Compile(source, guardRuntime), Bots);
        result.Findings.Should().BeEmpty();
    }
}
