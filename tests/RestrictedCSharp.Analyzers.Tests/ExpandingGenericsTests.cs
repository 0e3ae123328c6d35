using static RestrictedCSharp.Analyzers.Tests.Infrastructure.AnalyzerRunner;

namespace RestrictedCSharp.Analyzers.Tests;

/// <summary>RCX0512: generic recursion through a growing type argument, and the fixed-type recursion beside it.</summary>
public class ExpandingGenericsTests
{
    [Fact]
    public Task Recursion_over_a_growing_type_argument_is_refused() => VerifyAsync("""
        using System.Collections.Generic;
        class Bot
        {
            static int Grow<T>(int n) => n == 0 ? 0 : {|RCX0512:Grow<List<T>>(n - 1)|};
            static int Ping<T>(int n) => n == 0 ? 0 : {|RCX0512:Pong<T[]>(n - 1)|};
            static int Pong<U>(int n) => Ping<U>(n);
        }
        class Layer<T>
        {
            public int Deeper(int n) => n == 0 ? 0 : {|RCX0512:new Layer<Layer<T>>()|}.Deeper(n - 1);
        }
        """);

    [Fact]
    public Task Recursion_over_a_fixed_type_and_nesting_without_a_cycle_are_accepted() => VerifyAsync("""
        using System.Collections.Generic;
        class Bot
        {
            static int Same<T>(List<T> items, int n) => n == 0 ? items.Count : Same(items, n - 1);
            static int Wrap<T>(T item) => Same(new List<List<T>> { new List<T> { item } }, 2);
            static int Run() => Wrap(1) + Wrap("a") + Same(new List<int>(), 3);
        }
        class Node<T> { public Node<T>? Next; public List<Node<T>> Children = new(); }
        """);
}
