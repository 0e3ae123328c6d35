using System.Text;

namespace RestrictedCSharp.Guards
{
    /// <summary>
    /// Text a member searches for matches and does work for each (<c>Split</c>, <c>Replace</c>, the rules' <c>cost … matches</c>
    /// lines): a text of separators makes that work per character (an index, a piece, a copy: tens of nanoseconds each),
    /// not the vectorized scan eight characters to a tick pays for, so it is charged one tick per character.
    /// </summary>
    public static partial class Guard
    {
        /// <summary>Charges a string whose every character may be a match; returns it unchanged.</summary>
        public static string WalkMatches(string text)
        {
            if (text != null)
            {
                ChargeWork(text.Length, sorted: false);
            }

            return text!;
        }

        /// <summary>Charges a string builder whose every character may be a match; returns it unchanged.</summary>
        public static StringBuilder WalkMatches(StringBuilder text)
        {
            if (text != null)
            {
                ChargeWork(text.Length, sorted: false);
            }

            return text!;
        }
    }
}
