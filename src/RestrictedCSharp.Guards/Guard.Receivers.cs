namespace RestrictedCSharp.Guards
{
    /// <summary>Receivers no guard can stand around (docs/soundness/library-work.md).</summary>
    public static partial class Guard
    {
        /// <summary>
        /// Carries the charge of a receiver that cannot be wrapped into an argument of the call: in
        /// <c>base.InsertItem(AfterCharge&lt;int&gt;(Walk((Collection&lt;int&gt;)this, false), index), item)</c> the walk
        /// of <c>this</c> (the object <c>base</c> is) runs, then the argument is evaluated and returned unchanged,
        /// typed as the parameter, so the call binds and behaves as written.
        /// </summary>
        public static T AfterCharge<T>(object? charged, T value) => value;
    }
}
