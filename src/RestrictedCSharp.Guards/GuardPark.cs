using System.Threading;

namespace RestrictedCSharp.Guards
{
    /// <summary>
    /// Where a bot thread goes when it keeps running after a trip but has no stack left to throw
    /// again. A <c>finally</c> that calls back into the bot at every one of many unwinding frames
    /// nests one exception dispatch per frame on the real stack; throwing once more there would
    /// overflow it and crash the process. Instead the thread blocks for good, the runner sees the
    /// trip through <see cref="GuardBudget.ParkedHandle"/>, reports it, and replaces the process.
    /// </summary>
    internal static class GuardPark
    {
        private static readonly ManualResetEvent s_parked = new ManualResetEvent(false);
        private static volatile bool s_isParked;

        internal static WaitHandle Handle => s_parked;

        internal static bool IsParked => s_isParked;

        /// <summary>
        /// Lets tests go on in the same process after a parked run. The parked thread itself never
        /// wakes: it sleeps forever, so it can never run bot code again.
        /// </summary>
        internal static void ReleaseForTests()
        {
            s_isParked = false;
            s_parked.Reset();
        }

        internal static void ParkForever()
        {
            s_isParked = true;
            s_parked.Set();
            Thread.Sleep(Timeout.Infinite);
        }
    }
}
