using System;
using System.Collections.Generic;

namespace RestrictedCSharp.Rules
{
    /// <summary>
    /// A documentation-comment ID (<c>N:</c>, <c>T:</c>, <c>M:</c>, <c>P:</c>, <c>F:</c>, <c>E:</c>), optionally
    /// ending in a <c>*</c> wildcard. A pattern covers the symbol it names and everything inside it
    /// (a namespace its types, a type its members); a member pattern without a parameter list covers
    /// every overload of that name.
    /// </summary>
    public sealed class SymbolPattern : IEquatable<SymbolPattern>
    {
        private SymbolPattern(string text, char kind, string path, bool isWildcard, int specificity)
        {
            Text = text;
            Kind = kind;
            Path = path;
            IsWildcard = isWildcard;
            Specificity = specificity;
        }

        /// <summary>The pattern as written, e.g. <c>M:System.Random.#ctor(System.Int32)</c>.</summary>
        public string Text { get; }

        /// <summary>The ID kind letter: N, T, M, P, F or E.</summary>
        public char Kind { get; }

        /// <summary>The ID without its kind prefix (and without the trailing <c>*</c> of a wildcard).</summary>
        public string Path { get; }

        public bool IsWildcard { get; }

        /// <summary>
        /// How narrowly the pattern targets: four points per whole name segment, plus one for an
        /// overload-exact parameter list, two for a wildcard after a dot, three for a wildcard inside a
        /// segment. The most specific matching rule decides.
        /// </summary>
        public int Specificity { get; }

        public static bool TryParse(string text, out SymbolPattern pattern, out string error)
        {
            pattern = null!;
            if (text.Length < 3 || text[1] != ':' || "NTMPFE".IndexOf(text[0]) < 0)
            {
                error = $"'{text}' is not a documentation-comment ID: expected N:, T:, M:, P:, F: or E: followed by a name";
                return false;
            }

            var body = text.Substring(2);
            var star = body.IndexOf('*');
            if (star >= 0 && star != body.Length - 1)
            {
                error = $"'{text}': '*' is only allowed at the end of a pattern";
                return false;
            }

            foreach (var c in body)
            {
                if (char.IsWhiteSpace(c) || c == ';')
                {
                    error = $"'{text}': a pattern cannot contain spaces or ';'";
                    return false;
                }
            }

            var isWildcard = star >= 0;
            var path = isWildcard ? body.Substring(0, body.Length - 1) : body;
            if (path.Length == 0 && !isWildcard)
            {
                error = $"'{text}': the name is empty";
                return false;
            }

            if (path.StartsWith(".", StringComparison.Ordinal) || path.Contains(".."))
            {
                error = $"'{text}': empty name segment";
                return false;
            }

            var segments = SplitSegments(path);
            int specificity;
            if (isWildcard)
            {
                var endsAtBoundary = path.Length == 0 || path.EndsWith(".", StringComparison.Ordinal);
                var whole = endsAtBoundary ? segments.Count : segments.Count - 1;
                specificity = (whole * 4) + (endsAtBoundary ? 2 : 3);
            }
            else
            {
                specificity = (segments.Count * 4) + (segments[segments.Count - 1].IndexOf('(') >= 0 ? 1 : 0);
            }

            pattern = new SymbolPattern(text, text[0], path, isWildcard, specificity);
            error = string.Empty;
            return true;
        }

        /// <summary>
        /// Splits an ID body into its dotted name segments, leaving dots inside parameter lists,
        /// generic argument lists and array shapes alone, and the return type after a conversion
        /// operator's <c>~</c> (<c>op_Implicit(System.Int32)~System.Decimal</c> is one segment).
        /// A trailing empty segment (after a final dot) is dropped.
        /// </summary>
        public static List<string> SplitSegments(string path)
        {
            var segments = new List<string>();
            var depth = 0;
            var start = 0;
            for (var i = 0; i < path.Length; i++)
            {
                switch (path[i])
                {
                    case '(':
                    case '{':
                    case '[':
                        depth++;
                        break;
                    case ')':
                    case '}':
                    case ']':
                        depth--;
                        break;
                    case '~' when depth == 0:
                        // A conversion operator's return type ends the ID and belongs to the last segment.
                        segments.Add(path.Substring(start));
                        return segments;
                    case '.' when depth == 0:
                        segments.Add(path.Substring(start, i - start));
                        start = i + 1;
                        break;
                }
            }

            if (start < path.Length)
            {
                segments.Add(path.Substring(start));
            }

            return segments;
        }

        /// <summary>
        /// The member name of a segment without generic arity, parameters or return type:
        /// <c>Select``2(…)</c> → <c>Select</c>, <c>op_Implicit(…)~T</c> → <c>op_Implicit</c>.
        /// </summary>
        public static string MemberName(string segment)
        {
            var end = segment.Length;
            var paren = segment.IndexOf('(');
            if (paren >= 0)
            {
                end = paren;
            }

            var tilde = segment.IndexOf('~');
            if (tilde >= 0 && tilde < end)
            {
                end = tilde;
            }

            var arity = segment.IndexOf("``", StringComparison.Ordinal);
            if (arity >= 0 && arity < end)
            {
                end = arity;
            }

            return segment.Substring(0, end);
        }

        /// <summary>
        /// The member name of a segment with its generic arity but without parameters or return type:
        /// <c>Select``2(…)</c> → <c>Select``2</c>.
        /// </summary>
        public static string MemberNameWithArity(string segment)
        {
            var end = segment.Length;
            var paren = segment.IndexOf('(');
            if (paren >= 0)
            {
                end = paren;
            }

            var tilde = segment.IndexOf('~');
            if (tilde >= 0 && tilde < end)
            {
                end = tilde;
            }

            return segment.Substring(0, end);
        }

        public bool Equals(SymbolPattern? other) => other is not null && other.Text == Text;

        public override bool Equals(object? obj) => Equals(obj as SymbolPattern);

        public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Text);

        public override string ToString() => Text;
    }
}
