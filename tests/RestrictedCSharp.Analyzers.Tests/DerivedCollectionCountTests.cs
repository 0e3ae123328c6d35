using static RestrictedCSharp.Analyzers.Tests.Infrastructure.AnalyzerRunner;

namespace RestrictedCSharp.Analyzers.Tests;

/// <summary>
/// RCX0521: a bot type deriving from a library collection or stream may not declare a member named like its count,
/// which the guards read to charge the library's walk over it (docs/soundness/library-work.md).
/// </summary>
public class DerivedCollectionCountTests
{
    [Fact]
    public Task A_count_re_implemented_hidden_or_overridden_on_a_library_collection_is_refused() => VerifyAsync("""
        using System.Collections;
        using System.Collections.Generic;
        using System.Collections.ObjectModel;
        using System.IO;
        sealed class Pile : List<int>, ICollection<int>
        {
            int ICollection<int>.{|RCX0521:Count|} => 0;
        }
        sealed class Stack2 : Collection<int>, IReadOnlyCollection<int>
        {
            public new int {|RCX0521:Count|} => 0;
        }
        sealed class Old : ArrayList
        {
            public override int {|RCX0521:Count|} => 0;
        }
        sealed class Small : MemoryStream
        {
            public override long {|RCX0521:Length|} => 0;
        }
        class Middle : List<string> { }
        sealed class Deep : Middle, ICollection
        {
            int ICollection.{|RCX0521:Count|} => 0;
        }
        """);

    [Fact]
    public Task Other_members_own_collections_and_plain_classes_are_accepted() => VerifyAsync("""
        using System.Collections;
        using System.Collections.Generic;
        sealed class Pile : List<int>
        {
            public int Size => base.Count;
            public int Top => this[Count - 1];
        }
        sealed class Own : IEnumerable<int>
        {
            private readonly List<int> _items = new();
            public int Count => _items.Count;
            public IEnumerator<int> GetEnumerator() => _items.GetEnumerator();
            IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
        }
        class Shape { public int Length; public virtual int Count => 1; }
        sealed class Square : Shape { public override int Count => 4; }
        """);
}
