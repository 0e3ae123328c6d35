using static RestrictedCSharp.Analyzers.Tests.Infrastructure.AnalyzerRunner;

namespace RestrictedCSharp.Analyzers.Tests;

/// <summary>
/// RCX0503 for built values: a value tuple, <c>KeyValuePair</c> or nullable of large structs handed to library generic
/// code counts at its total size, like a struct the bot declares, since the library copies it into frames no guard
/// probes. <c>Cell</c> is 8 KiB, so two of them are exactly at the 16 KiB bound.
/// </summary>
public class LibraryValueSizeTests
{
    [Theory]
    [InlineData("void M((Cell, Cell, Cell)[] a) => {|RCX0503:Array.Reverse(a)|};")]
    [InlineData("void M() => _ = {|RCX0503:new List<(Cell, Cell, Cell)>()|};")]
    [InlineData("int M({|RCX0503:((Cell, Cell, Cell), int)|}[] a) => a.Length;")]
    [InlineData("int M({|RCX0503:(Cell, Cell, Cell, Cell, Cell, Cell, Cell, Cell, Cell, Cell)|}[] a) => a.Length;")]
    [InlineData("void M() => _ = {|RCX0503:new List<KeyValuePair<(Cell, Cell), int>>()|};")]
    [InlineData("void M(List<Cell> a) => _ = {|RCX0503:a.Select(c => (c, c, c))|};")]
    public Task Large_tuples_given_to_library_generic_code_are_refused(string member) => VerifyAsync(Wrap(member));

    [Theory]
    [InlineData("(Cell, Cell) M(Cell c) => (c, c);")]
    [InlineData("void M() => _ = new List<(Cell, Cell)>();")]
    [InlineData("KeyValuePair<Cell, Cell> M(Cell c) => new KeyValuePair<Cell, Cell>(c, c);")]
    [InlineData("int M((Cell, Cell, Cell)[] a) => a.Length;")]
    [InlineData("object M() => new List<Cell>();")]
    public Task Tuples_within_the_bound_and_values_never_given_to_the_library_are_accepted(string member) => VerifyAsync(Wrap(member));

    private static string Wrap(string member) => $$"""
        using System;
        using System.Collections.Generic;
        using System.Linq;
        struct Row { public long A, B, C, D, E, F, G, H; public override bool Equals(object? o) => false; public override int GetHashCode() => 1; public override string ToString() => ""; }
        struct Block { public Row A, B, C, D, E, F, G, H; public override bool Equals(object? o) => false; public override int GetHashCode() => 1; public override string ToString() => ""; }
        struct Cell { public Block A, B, C, D, E, F, G, H, I, J, K, L, M, N, O, P; public override bool Equals(object? o) => false; public override int GetHashCode() => 1; public override string ToString() => ""; }
        class Bot
        {
            {{member}}
        }
        """;
}
