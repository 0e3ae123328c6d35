using static RestrictedCSharp.Analyzers.Tests.Infrastructure.AnalyzerRunner;

namespace RestrictedCSharp.Analyzers.Tests;

/// <summary>
/// Collection expressions into spans longer than the runtime's inline arrays (RCX0504): the compiler would
/// write an <c>[InlineArray(N)]</c> type into the bot, which the audit refuses and no frame estimate sees.
/// </summary>
public class SpanBufferTests
{
    [Theory]
    [InlineData("Span<int> s = {|RCX0504:[x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x]|};")]
    [InlineData("Span<int> s = {|RCX0504:[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17]|};")]
    [InlineData("ReadOnlySpan<int> s = {|RCX0504:[x, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17]|};")]
    [InlineData("ReadOnlySpan<string> s = {|RCX0504:[\"a\", \"b\", \"c\", \"d\", \"e\", \"f\", \"g\", \"h\", \"i\", \"j\", \"k\", \"l\", \"m\", \"n\", \"o\", \"p\", \"q\"]|};")]
    [InlineData("var n = Sum({|RCX0504:[x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x]|});")]
    public Task Long_spans_built_on_the_stack_are_refused(string statement) => VerifyAsync(Wrap(statement));

    [Theory]
    [InlineData("Span<int> s = [x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x];")]
    [InlineData("ReadOnlySpan<int> s = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20];")]
    [InlineData("ReadOnlySpan<DayOfWeek> s = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, DayOfWeek.Friday];")]
    [InlineData("int[] s = [x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x];")]
    [InlineData("List<int> s = [x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x];")]
    [InlineData("int[] a = [x]; Span<int> s = [.. a, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x];")]
    public Task Short_spans_constant_data_and_arrays_are_accepted(string statement) => VerifyAsync(Wrap(statement));

    private static string Wrap(string statement) => $$"""
        using System;
        using System.Collections.Generic;
        class Bot
        {
            static int Sum(ReadOnlySpan<int> values) => values.Length;
            void M(int x)
            {
                {{statement}}
            }
        }
        """;
}
