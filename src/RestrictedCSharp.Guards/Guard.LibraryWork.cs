using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;

namespace RestrictedCSharp.Guards
{
    /// <summary>
    /// Library work: the guards the rewriter puts around the receiver and the arguments of a call into
    /// library code, so that work the library does over the bot's data is charged in ticks before it
    /// runs (docs/soundness/library-work.md). One tick per element, a string's characters eight to a
    /// tick (and a string element one tick more); each returns its argument unchanged, or, for a
    /// sequence a library will pull lazily, a sequence that charges each element as it is pulled.
    /// </summary>
    public static partial class Guard
    {
        /// <summary>Characters of a string that one tick pays for (a compare, a hash, a copy: vectorized).</summary>
        internal const int CharactersPerTick = 8;

        /// <summary>
        /// Ticks for one element pulled through a lazy sequence: it crosses several interface calls
        /// (the library's iterators, the metering wrapper), tens of nanoseconds, not one loop step.
        /// </summary>
        internal const int TicksPerPull = 4;

        /// <summary>Charges a string that a library call reads.</summary>
        public static string Walk(string text, bool sorted)
        {
            if (text != null)
            {
                ChargeWork(text.Length / CharactersPerTick, sorted);
            }

            return text!;
        }

        /// <summary>
        /// Charges <c>target += value</c> on strings, which copies both: returns <paramref name="value"/>.
        /// </summary>
        public static string Appended(string target, string value)
        {
            ChargeWork(((long)(target?.Length ?? 0) + (value?.Length ?? 0)) / CharactersPerTick, sorted: false);
            return value!;
        }

        /// <summary>
        /// Charges <c>target += value</c> for a value that is not a string (a char, a number, a builder),
        /// which copies the target and the value's text: returns <paramref name="value"/>.
        /// </summary>
        public static T Appended<T>(string target, T value)
        {
            long added = value is StringBuilder builder ? builder.Length : 0;
            ChargeWork(((target?.Length ?? 0) + added) / CharactersPerTick, sorted: false);

            // A record's, a tuple's or an object's ToString copies the text it holds.
            if (added == 0 && HeldText<T>.Measure is { } measure)
            {
                ChargeWork(measure(value, 0), sorted: false);
            }

            return value;
        }

        /// <summary>Charges a string builder that a library call reads.</summary>
        public static StringBuilder Walk(StringBuilder text, bool sorted)
        {
            if (text != null)
            {
                ChargeWork(text.Length / CharactersPerTick, sorted);
            }

            return text!;
        }

        /// <summary>Charges a stream whose bytes a library call copies (a memory stream's; another stream is the bot's own code).</summary>
        public static TStream Walk<TStream>(TStream stream, bool sorted)
            where TStream : System.IO.Stream
        {
            if (stream is System.IO.MemoryStream memory)
            {
                ChargeWork(memory.Length / CharactersPerTick, sorted);
            }

            return stream!;
        }

        /// <summary>Charges an array that a library call walks (sorts, searches, copies, compares).</summary>
        public static T[] Walk<T>(T[] items, bool sorted)
        {
            if (items != null)
            {
                ChargeWork(items.Length, sorted);
                ChargeStringElements<T>(items);
            }

            return items!;
        }

        /// <summary>Charges a span that a library call walks.</summary>
        public static Span<T> Walk<T>(Span<T> items, bool sorted)
        {
            ChargeWork(items.Length, sorted);
            if (TextElements<T>.Any)
            {
                foreach (var item in items)
                {
                    ChargeElement(item);
                }
            }

            return items;
        }

        /// <summary>Charges a read-only span that a library call walks.</summary>
        public static ReadOnlySpan<T> Walk<T>(ReadOnlySpan<T> items, bool sorted)
        {
            ChargeWork(items.Length, sorted);
            if (TextElements<T>.Any)
            {
                foreach (var item in items)
                {
                    ChargeElement(item);
                }
            }

            return items;
        }

        /// <summary>Charges memory that a library call walks.</summary>
        public static Memory<T> Walk<T>(Memory<T> items, bool sorted)
        {
            Walk(items.Span, sorted);
            return items;
        }

        /// <summary>Charges read-only memory that a library call walks.</summary>
        public static ReadOnlyMemory<T> Walk<T>(ReadOnlyMemory<T> items, bool sorted)
        {
            Walk(items.Span, sorted);
            return items;
        }

        /// <summary>
        /// Charges a collection that a library call walks (a receiver such as <c>list</c> in
        /// <c>list.Contains(x)</c>, or a collection argument): its count, or, for a sequence that does
        /// not know its count, one tick per element while counting. Returns it unchanged, so the call
        /// keeps its fast paths.
        /// </summary>
        public static TCollection Walk<TCollection, TElement>(TCollection items, bool sorted)
            where TCollection : IEnumerable<TElement>
        {
            if (items != null)
            {
                ChargeWork(CountOf<TElement>(items), sorted);
                if (TextElements<TElement>.Any)
                {
                    foreach (var item in items)
                    {
                        ChargeElement(item);
                    }
                }
            }

            return items!;
        }

        /// <summary>
        /// <see cref="Walk{TCollection, TElement}(TCollection, bool)"/> for a collection whose element
        /// type cannot be written (an anonymous type), or that is not generic (a multi-dimensional array).
        /// </summary>
        public static TCollection WalkAny<TCollection>(TCollection items, bool sorted)
            where TCollection : IEnumerable
        {
            if (items != null)
            {
                long count;
                if (items is ICollection collection)
                {
                    count = collection.Count;
                }
                else
                {
                    count = 0;
                    foreach (var _ in items)
                    {
                        ChargeWork(TicksPerPull, sorted: false);
                        count++;
                    }
                }

                ChargeWork(count, sorted);
                if (AnyElements<TCollection>.Charge is { } elements)
                {
                    elements(items);
                }
            }

            return items!;
        }

        /// <summary>
        /// A sequence a library member will pull lazily (<c>Select</c>, <c>Distinct</c>, <c>Skip</c>…):
        /// each element is charged as it is pulled, whenever that is, so that work the library does
        /// later over a collection that has grown is charged too.
        /// </summary>
        public static IEnumerable<T> Pulled<T>(IEnumerable<T> source, bool sorted)
            => source == null || source is MeteredSequence<T> ? source! : new MeteredSequence<T>(source, sorted);

        /// <summary><see cref="Pulled{T}(IEnumerable{T}, bool)"/> for a non-generic sequence (<c>Cast</c>, <c>OfType</c>).</summary>
        public static IEnumerable Pulled(IEnumerable source, bool sorted)
            => source == null || source is MeteredSequence ? source! : new MeteredSequence(source, sorted);

        /// <summary>
        /// A sequence a library member consumes now (<c>Sum</c>, <c>ToList</c>, <c>SequenceEqual</c>,
        /// <c>new List&lt;T&gt;(items)</c>…): charged up front when its count is known without
        /// enumerating it (and then returned unchanged, fast paths and all), otherwise charged as pulled.
        /// </summary>
        public static IEnumerable<T> Consumed<T>(IEnumerable<T> source, bool sorted)
        {
            if (source == null || source is MeteredSequence<T>)
            {
                return source!;
            }

            if (!source.TryGetNonEnumeratedCount(out int count))
            {
                return new MeteredSequence<T>(source, sorted);
            }

            ChargeWork(count, sorted);
            if (TextElements<T>.Any)
            {
                foreach (var item in source)
                {
                    ChargeElement(item);
                }
            }

            return source;
        }

        /// <summary><see cref="Consumed{T}(IEnumerable{T}, bool)"/> for a non-generic sequence.</summary>
        public static IEnumerable Consumed(IEnumerable source, bool sorted)
        {
            if (source == null || source is MeteredSequence)
            {
                return source!;
            }

            if (source is ICollection collection)
            {
                ChargeWork(collection.Count, sorted);
                return source;
            }

            return new MeteredSequence(source, sorted);
        }

        /// <summary>The count of a collection; a sequence that does not know it is counted, one tick per element.</summary>
        private static long CountOf<T>(IEnumerable<T> items)
        {
            if (items.TryGetNonEnumeratedCount(out int known))
            {
                return known;
            }

            long count = 0;
            using var enumerator = items.GetEnumerator();
            while (enumerator.MoveNext())
            {
                ChargeWork(TicksPerPull, sorted: false);
                count++;
            }

            return count;
        }

        /// <summary>The characters of the string elements of an array, eight to a tick, one tick more each.</summary>
        private static void ChargeStringElements<T>(T[] items)
        {
            if (TextElements<T>.Any)
            {
                foreach (var item in items)
                {
                    ChargeElement(item);
                }
            }
        }

        /// <summary>
        /// Charges a value a library member compares, hashes or copies through <c>object</c>, an interface, a
        /// type parameter or a tuple (<c>HashSet&lt;object&gt;.Contains</c>, <c>object.Equals</c>,
        /// <c>Comparer&lt;T&gt;.Default</c>): the characters of the strings it is or holds.
        /// </summary>
        public static T Value<T>(T value)
        {
            if (HeldText<T>.Measure is { } measure)
            {
                ChargeWork(measure(value, 0), sorted: false);
            }

            return value;
        }

        /// <summary>Charges one element pulled through a metered sequence (and the log factor of a sort's).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static void ChargePull(int factor)
        {
            // TicksPerPull × a logarithm (at most 64) fits the word's tick bits, as a loop round's cost does.
            long counters = GuardState.s_counters - ((long)TicksPerPull * factor * GuardState.TickUnit);
            GuardState.s_counters = counters;
            if (counters < 0)
            {
                GuardState.OnSegmentExhausted();
            }
        }

        /// <summary>
        /// What comparing or hashing one element costs beyond its tick: a string's characters, or those of the
        /// strings a record, tuple, struct or anonymous type holds (see <see cref="HeldText"/>); and for a struct the
        /// runtime compares through reflection, its fields (see <see cref="ReflectedEquality{T}"/>).
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static void ChargeElement<T>(T item)
        {
            if (TextElements<T>.Possible && item is string text)
            {
                if (text.Length >= CharactersPerTick)
                {
                    ChargeWork(1 + (text.Length / CharactersPerTick), sorted: false);
                }
            }
            else if (TextElements<T>.Held && item is not null)
            {
                ChargeWork(HeldText<T>.Of(item, 0), sorted: false);
            }

            if (ReflectedEquality<T>.ExtraTicks > 0)
            {
                ChargeWork(ReflectedEquality<T>.ExtraTicks, sorted: false);
            }
            else if (ReflectedEquality<T>.HoldsBoxed)
            {
                ChargeWork(ReflectedEquality.BoxedExtraTicks(item), sorted: false);
            }
        }

        /// <summary>
        /// Charges <paramref name="units"/> ticks, times ⌈log2(units + 1)⌉ for a sort.
        /// </summary>
        internal static void ChargeWork(long units, bool sorted)
        {
            if (units <= 0)
            {
                return;
            }

            if (sorted)
            {
                int log = 64 - System.Numerics.BitOperations.LeadingZeroCount((ulong)units);
                units = units > long.MaxValue / log ? long.MaxValue : units * log;
            }

            ChargeTicks(units, 1);
        }
    }

    /// <summary>Whether a <typeparamref name="T"/> can be a string or hold one, for the element charges.</summary>
    internal static class TextElements<T>
    {
        /// <summary>It can be a string (string itself, object, an interface string implements).</summary>
        public static readonly bool Possible = !typeof(T).IsValueType && typeof(T).IsAssignableFrom(typeof(string));

        /// <summary>It can be something other than a string that holds one (a record, a tuple, or anything through object).</summary>
        public static readonly bool Held = typeof(T) != typeof(string) && HeldText<T>.Measure is not null;

        /// <summary>Its elements are charged one by one: for their text, or for a comparison through reflection.</summary>
        public static readonly bool Any = Possible || Held || ReflectedEquality<T>.ExtraTicks > 0 || ReflectedEquality<T>.HoldsBoxed;
    }
}
