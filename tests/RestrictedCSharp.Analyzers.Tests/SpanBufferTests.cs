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

    [Theory]
    [InlineData("int {|RCX0501:M|}(Cell c) { Span<Cell> s = [c, c, c, c, c, c, c, c]; return s.Length; }")]
    [InlineData("int {|RCX0501:M|}(Cell c) { ReadOnlySpan<Cell> s = [c, c, c, c]; ReadOnlySpan<Cell> t = [c, c, c, c]; return s.Length + t.Length; }")]
    [InlineData("int M(Cell c) { Span<Cell> s = [c]; return s.Length; }")]
    [InlineData("static int Count(ReadOnlySpan<Cell> s) => s.Length; static readonly int F = {|RCX0501:Count([default, default, default, default, default, default, default, default, default])|};")]
    [InlineData("static int Count(ReadOnlySpan<Cell> s) => s.Length; int P { get; } = {|RCX0501:Count([default, default, default, default, default, default, default, default, default])|};")]
    [InlineData("static int Count(ReadOnlySpan<Cell> s) => s.Length; static readonly int F = Count([default, default]);")]
    public Task Span_buffers_count_in_their_functions_frame(string member) => VerifyAsync($$"""
        using System;
        struct Row { public long A, B, C, D, E, F, G, H; public override bool Equals(object? o) => false; public override int GetHashCode() => 1; public override string ToString() => ""; }
        struct Block { public Row A, B, C, D, E, F, G, H; public override bool Equals(object? o) => false; public override int GetHashCode() => 1; public override string ToString() => ""; }
        struct Cell { public Block A, B, C, D, E, F, G, H, I, J, K, L, M, N, O, P; public override bool Equals(object? o) => false; public override int GetHashCode() => 1; public override string ToString() => ""; }
        class Bot
        {
            {{member}}
        }
        """);

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
