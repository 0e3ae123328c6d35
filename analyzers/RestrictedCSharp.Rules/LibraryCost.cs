namespace RestrictedCSharp.Rules
{
    /// <summary>
    /// What a call into library (or game API) code is charged for, besides its one tick: the work it
    /// does over the data it is handed, in ticks per element (a string: per 8 characters). The
    /// rewriter measures the receiver and the arguments before the call (docs/soundness/library-work.md).
    /// </summary>
    public enum LibraryCost
    {
        /// <summary>The default: the receiver, the sequences and the sized arguments are walked.</summary>
        All,

        /// <summary>The arguments are walked, not the receiver: a lookup or an append (<c>TryGetValue</c>, <c>Append</c>).</summary>
        Arguments,

        /// <summary>Nothing is walked: a member whose work does not grow with its data (<c>Add</c>, <c>AsSpan</c>).</summary>
        None,

        /// <summary>Like <see cref="All"/>, times the logarithm of the length: a sort.</summary>
        Sorted,

        /// <summary>
        /// Like <see cref="All"/>, but a sequence is charged per element the member pulls, never by its
        /// length up front: a member that may stop early (<c>First</c>, <c>Any</c>, <c>Contains</c>).
        /// </summary>
        Pulled,

        /// <summary>
        /// Like <see cref="All"/>, but a text receiver (a string, a <c>StringBuilder</c>) is charged one tick per character,
        /// not per eight: the member does work for each match it finds (<c>Split</c>, <c>Replace</c>), and a text can match
        /// at every character.
        /// </summary>
        Matches,
    }
}
