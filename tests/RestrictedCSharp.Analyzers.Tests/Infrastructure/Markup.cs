using Microsoft.CodeAnalysis.Text;

namespace RestrictedCSharp.Analyzers.Tests.Infrastructure;

/// <summary>
/// Source with expected diagnostics marked inline: <c>{|RCX0001:Console.WriteLine|}("x")</c>.
/// Marks may nest; the markers are removed from the source the compiler sees.
/// </summary>
public sealed record Markup(string Source, IReadOnlyList<ExpectedDiagnostic> Expected)
{
    public static Markup Parse(string text)
    {
        var source = new System.Text.StringBuilder();
        var open = new Stack<(string Id, int Start)>();
        var expected = new List<ExpectedDiagnostic>();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '{' && i + 1 < text.Length && text[i + 1] == '|')
            {
                var colon = text.IndexOf(':', i + 2);
                if (colon < 0)
                {
                    throw new FormatException($"unterminated marker at {i}");
                }

                open.Push((text.Substring(i + 2, colon - i - 2), source.Length));
                i = colon;
            }
            else if (text[i] == '|' && i + 1 < text.Length && text[i + 1] == '}')
            {
                if (open.Count == 0)
                {
                    throw new FormatException($"'|}}' without '{{|' at {i}");
                }

                var (id, start) = open.Pop();
                expected.Add(new ExpectedDiagnostic(id, TextSpan.FromBounds(start, source.Length)));
                i++;
            }
            else
            {
                source.Append(text[i]);
            }
        }

        if (open.Count > 0)
        {
            throw new FormatException($"unclosed marker for {open.Peek().Id}");
        }

        return new Markup(source.ToString(), expected);
    }
}

public sealed record ExpectedDiagnostic(string Id, TextSpan Span);
