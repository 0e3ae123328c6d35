using System.Collections;
using System.Collections.Generic;

namespace RestrictedCSharp.Guards
{
    /// <summary>
    /// A sequence handed to library code that charges each element as the library pulls it (see
    /// <see cref="Guard.Pulled{T}(IEnumerable{T}, bool)"/>); a sorted pull also pays the logarithm of how
    /// many came before, so a lazy sort is charged like an eager one.
    /// </summary>
    internal sealed class MeteredSequence<T> : IEnumerable<T>
    {
        private readonly IEnumerable<T> _source;
        private readonly bool _sorted;

        public MeteredSequence(IEnumerable<T> source, bool sorted)
        {
            _source = source;
            _sorted = sorted;
        }

        public IEnumerator<T> GetEnumerator() => new Enumerator(_source.GetEnumerator(), _sorted);

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        private sealed class Enumerator : IEnumerator<T>
        {
            private readonly IEnumerator<T> _inner;
            private readonly bool _sorted;
            private long _pulled;

            public Enumerator(IEnumerator<T> inner, bool sorted)
            {
                _inner = inner;
                _sorted = sorted;
            }

            public T Current => _inner.Current;

            object? IEnumerator.Current => _inner.Current;

            public bool MoveNext()
            {
                if (!_inner.MoveNext())
                {
                    return false;
                }

                _pulled++;
                Guard.ChargePull(_sorted ? 64 - System.Numerics.BitOperations.LeadingZeroCount((ulong)_pulled) : 1);
                Guard.ChargeElement(_inner.Current);
                return true;
            }

            public void Reset() => _inner.Reset();

            public void Dispose() => _inner.Dispose();
        }
    }

    /// <summary>The non-generic <see cref="MeteredSequence{T}"/> (<c>Cast</c>, <c>OfType</c>).</summary>
    internal sealed class MeteredSequence : IEnumerable
    {
        private readonly IEnumerable _source;
        private readonly bool _sorted;

        public MeteredSequence(IEnumerable source, bool sorted)
        {
            _source = source;
            _sorted = sorted;
        }

        public IEnumerator GetEnumerator()
        {
            long pulled = 0;
            foreach (var item in _source)
            {
                pulled++;
                Guard.ChargePull(_sorted ? 64 - System.Numerics.BitOperations.LeadingZeroCount((ulong)pulled) : 1);
                Guard.ChargeElement(item);
                yield return item;
            }
        }
    }
}
