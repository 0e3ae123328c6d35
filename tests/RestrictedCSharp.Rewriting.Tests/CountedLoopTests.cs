using Microsoft.CodeAnalysis.CSharp.Syntax;
using RestrictedCSharp.Guards.Tests.Infrastructure;
using RestrictedCSharp.Rewriting;

namespace RestrictedCSharp.Rewriting.Tests;

/// <summary>
/// One reading of a <c>for</c> header (<see cref="CountedLoops"/>) answers the three questions the site costs ask:
/// is the loop small enough for its enclosing site to charge, does it run a number of rounds known from constants,
/// and does it run up to an array's length.
/// </summary>
public class CountedLoopTests
{
    [Theory]
    [InlineData("for (int i = 0; i < 8; i++) s += i;", true, null, null)]
    [InlineData("for (int i = 0; i < 10 && s < 5; i++) s += i;", true, null, null)]
    [InlineData("for (int i = 0; i < 100; i++) s += i;", false, 100L, null)]
    [InlineData("for (int i = 99; i >= 0; i -= 3) s += i;", false, 34L, null)]
    [InlineData("for (int i = 0; i < 100 && s < 5; i++) s += i;", false, null, null)]
    [InlineData("for (int i = 0; i < 100; i++) { if (i == s) break; }", false, null, null)]
    [InlineData("for (int i = 0; i < 100; i++) { i++; }", false, null, null)]
    [InlineData("for (int i = 0; i < 8; i++) { i++; }", false, null, null)]
    [InlineData("for (int i = 1; i < a.Length; i++) s += a[i];", false, null, "a:1")]
    [InlineData("for (int i = 1; i < a.Length; i++) { a = new int[9]; }", false, null, null)]
    [InlineData("for (int i = 0; i < a.Length; i += 2) s += a[i];", false, null, null)]
    public void One_reading_of_the_header_answers_absorption_constant_rounds_and_array_bounds(string loop, bool absorbed, long? constantRounds, string? arrayBound)
    {
        var compilation = BotCompiler.CreateCompilation($$"""
            public class C
            {
                public int M(int[] a)
                {
                    int s = 0;
                    {{loop}}
                    return s;
                }
            }
            """);
        var tree = compilation.SyntaxTrees.Single();
        var sites = new CostModel(compilation).SitesIn(compilation.GetSemanticModel(tree));
        var syntax = tree.GetRoot().DescendantNodes().OfType<ForStatementSyntax>().Single();

        sites.IsAbsorbed(syntax).Should().Be(absorbed);
        sites.ConstantRounds(syntax).Should().Be(constantRounds);
        var bound = sites.ArrayBoundLoop(syntax);
        (bound is { } b ? $"{b.Array}:{b.Start}" : null).Should().Be(arrayBound);
    }
}
