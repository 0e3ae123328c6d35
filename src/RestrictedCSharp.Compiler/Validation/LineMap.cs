namespace RestrictedCSharp.Compiler;

/// <summary>
/// Where the lines of a text start, so that front-door findings get the same 1-based line and column
/// Roslyn would give them. Line breaks are the ones C# recognises: CR, LF, CRLF, NEL, LS and PS.
/// </summary>
internal sealed class LineMap
{
    private readonly List<int> _lineStarts = new() { 0 };
    private readonly List<int> _lineLengths = new();

    public LineMap(string text)
    {
        var lineStart = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (!IsLineBreak(c))
            {
                continue;
            }

            _lineLengths.Add(i - lineStart);
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
            }

            lineStart = i + 1;
            _lineStarts.Add(lineStart);
        }

        _lineLengths.Add(text.Length - lineStart);
    }

    public int LineCount => _lineStarts.Count;

    /// <summary>The length of a line (0-based index) without its line break.</summary>
    public int LengthOf(int lineIndex) => _lineLengths[lineIndex];

    /// <summary>The 1-based line and column of a character index.</summary>
    public (int Line, int Column) PositionOf(int index)
    {
        var line = _lineStarts.BinarySearch(index);
        if (line < 0)
        {
            line = ~line - 1;
        }

        return (line + 1, index - _lineStarts[line] + 1);
    }

    public static bool IsLineBreak(char c) => c is '\r' or '\n' or '\u0085' or '\u2028' or '\u2029';
}
