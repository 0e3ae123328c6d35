namespace RestrictedCSharp.Compiler;

/// <summary>
/// A cheap, linear scan for bracket nesting that runs before the parser: it counts <c>( [ {</c> in code
/// and in interpolation holes (a hole counts as a level too), and skips comments, character literals,
/// the text of string literals of every kind (regular, verbatim, raw, interpolated) and preprocessor
/// lines. It does not evaluate <c>#if</c>, so it can be misled by disabled text; the exact count over
/// the parsed tokens (<see cref="TokenNestingCheck"/>) backs it up.
/// </summary>
internal sealed class BracketNestingScanner
{
    private readonly string _text;
    private readonly int _maxDepth;
    private readonly Stack<Frame> _frames = new();
    private int _position;
    private int _depth;

    private BracketNestingScanner(string text, int maxDepth)
    {
        _text = text;
        _maxDepth = maxDepth;
    }

    /// <summary>The index of the first bracket that nests deeper than <paramref name="maxDepth"/>, or -1.</summary>
    public static int FindTooDeep(string text, int maxDepth, CancellationToken cancellationToken = default) =>
        new BracketNestingScanner(text, maxDepth).Scan(cancellationToken);

    private int Scan(CancellationToken cancellationToken)
    {
        while (_position < _text.Length)
        {
            if ((_position & 0xFFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var tooDeepAt = _frames.Count > 0 && _frames.Peek() is StringFrame s ? ScanStringText(s) : ScanCode();
            if (tooDeepAt >= 0)
            {
                return tooDeepAt;
            }
        }

        return -1;
    }

    /// <summary>Scans one element of code; returns the index of a bracket that is too deep, else -1.</summary>
    private int ScanCode()
    {
        var c = _text[_position];
        var hole = _frames.Count > 0 ? _frames.Peek() as HoleFrame : null;
        switch (c)
        {
            case '#' when hole is null && AtLineStart(_position):
                SkipToLineEnd();
                return -1;
            case '/' when Next(1) == '/':
                SkipToLineEnd();
                return -1;
            case '/' when Next(1) == '*':
                var end = _text.IndexOf("*/", _position + 2, StringComparison.Ordinal);
                _position = end < 0 ? _text.Length : end + 2;
                return -1;
            case '\'':
                SkipCharacterLiteral();
                return -1;
            case '$' or '@' or '"':
                StartStringLiteral();
                return -1;
            case '(' or '[' or '{':
                return Open(_position++);
            case '}' when hole is not null && _depth == hole.BaseDepth:
                CloseHole(hole);
                return -1;
            case ':' when hole is not null && _depth == hole.BaseDepth:
                if (Next(1) == ':')
                {
                    _position += 2; // 'global::' inside a hole, not a format clause
                    return -1;
                }

                // A format clause is text up to the hole's closing brace.
                var close = _text.IndexOf('}', _position);
                _position = close < 0 ? _text.Length : close;
                return -1;
            case ')' or ']' or '}':
                var floor = hole?.BaseDepth ?? 0;
                if (_depth > floor)
                {
                    _depth--;
                }

                _position++;
                return -1;
            default:
                _position++;
                return -1;
        }
    }

    private int ScanStringText(StringFrame s)
    {
        var c = _text[_position];
        switch (s.Kind)
        {
            case StringKind.Regular:
                if (c == '\\')
                {
                    _position += 2;
                    return -1;
                }

                if (c == '"' || LineMap.IsLineBreak(c))
                {
                    _frames.Pop(); // an unterminated literal ends at the line's end
                    _position++;
                    return -1;
                }

                break;
            case StringKind.Verbatim:
                if (c == '"')
                {
                    if (Next(1) == '"')
                    {
                        _position += 2;
                        return -1;
                    }

                    _frames.Pop();
                    _position++;
                    return -1;
                }

                break;
            case StringKind.Raw:
                if (c == '"')
                {
                    var quotes = RunLength('"');
                    _position += quotes;
                    if (quotes >= s.Quotes)
                    {
                        _frames.Pop();
                    }

                    return -1;
                }

                if (c == '{' && s.Dollars > 0)
                {
                    var braces = RunLength('{');
                    _position += braces;
                    return braces >= s.Dollars ? OpenHole(_position - 1, s.Dollars) : -1;
                }

                _position++;
                return -1;
        }

        if (c == '{' && s.Dollars > 0)
        {
            if (Next(1) == '{')
            {
                _position += 2; // an escaped brace
                return -1;
            }

            return OpenHole(_position++, closingBraces: 1);
        }

        _position++;
        return -1;
    }

    private int Open(int at)
    {
        _depth++;
        return _depth > _maxDepth ? at : -1;
    }

    private int OpenHole(int at, int closingBraces)
    {
        var tooDeep = Open(at);
        _frames.Push(new HoleFrame(_depth, closingBraces));
        return tooDeep;
    }

    private void CloseHole(HoleFrame hole)
    {
        _frames.Pop();
        _depth--;
        _position += Math.Min(hole.ClosingBraces, RunLength('}'));
    }

    private void StartStringLiteral()
    {
        var i = _position;
        var dollars = 0;
        var verbatim = false;
        while (i < _text.Length && (_text[i] == '$' || _text[i] == '@'))
        {
            if (_text[i] == '$')
            {
                dollars++;
            }
            else
            {
                verbatim = true;
            }

            i++;
        }

        if (i >= _text.Length || _text[i] != '"')
        {
            _position = i; // '@identifier', or a stray '$'
            return;
        }

        _position = i;
        var quotes = RunLength('"');
        if (quotes >= 3 && !verbatim)
        {
            _position += quotes;
            _frames.Push(new StringFrame(StringKind.Raw, dollars, quotes));
        }
        else if (quotes == 2 && !verbatim)
        {
            _position += 2; // ""
        }
        else
        {
            _position++;
            _frames.Push(new StringFrame(verbatim ? StringKind.Verbatim : StringKind.Regular, dollars, 1));
        }
    }

    private void SkipCharacterLiteral()
    {
        _position++;
        while (_position < _text.Length)
        {
            var c = _text[_position];
            if (c == '\\')
            {
                _position += 2;
                continue;
            }

            if (LineMap.IsLineBreak(c))
            {
                return;
            }

            _position++;
            if (c == '\'')
            {
                return;
            }
        }
    }

    private void SkipToLineEnd()
    {
        while (_position < _text.Length && !LineMap.IsLineBreak(_text[_position]))
        {
            _position++;
        }
    }

    private bool AtLineStart(int index)
    {
        for (var i = index - 1; i >= 0; i--)
        {
            if (LineMap.IsLineBreak(_text[i]))
            {
                return true;
            }

            if (!char.IsWhiteSpace(_text[i]))
            {
                return false;
            }
        }

        return true;
    }

    private char Next(int offset) => _position + offset < _text.Length ? _text[_position + offset] : '\0';

    private int RunLength(char c)
    {
        var i = _position;
        while (i < _text.Length && _text[i] == c)
        {
            i++;
        }

        return i - _position;
    }

    private enum StringKind
    {
        Regular,
        Verbatim,
        Raw,
    }

    private abstract record Frame;

    private sealed record StringFrame(StringKind Kind, int Dollars, int Quotes) : Frame;

    /// <summary>An interpolation hole: code until a closing brace at the depth the hole opened.</summary>
    private sealed record HoleFrame(int BaseDepth, int ClosingBraces) : Frame;
}
