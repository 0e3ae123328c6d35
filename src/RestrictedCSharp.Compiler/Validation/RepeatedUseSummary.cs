using Microsoft.CodeAnalysis;
using RestrictedCSharp.Analyzers;

namespace RestrictedCSharp.Compiler;

/// <summary>
/// One report per refused symbol and file: the first use (in source order) of a symbol that RCX0001–RCX0003
/// refuse stands for the others in its file, whose number its message gives. A bot that uses a refused type
/// a thousand times gets one line for it, not a thousand. Each diagnostic is still an error, so the verdict
/// is the same; the IDE, which shows each use where it is, keeps them all.
/// </summary>
internal static class RepeatedUseSummary
{
    public static IEnumerable<SubmissionDiagnostic> Summarize(IEnumerable<Diagnostic> diagnostics)
    {
        var ordered = diagnostics
            .OrderBy(d => d.Location.SourceTree?.FilePath ?? string.Empty, StringComparer.Ordinal)
            .ThenBy(d => d.Location.SourceSpan.Start)
            .ToList();
        var firsts = new Dictionary<(string Id, string File, string Symbol, bool Suppressed), int>();
        var others = new int[ordered.Count];
        var kept = new bool[ordered.Count];
        for (var i = 0; i < ordered.Count; i++)
        {
            var diagnostic = ordered[i];
            if (!diagnostic.Properties.TryGetValue(RepeatedUses.PropertyName, out var symbol) || symbol is null || !diagnostic.Location.IsInSource)
            {
                kept[i] = true;
                continue;
            }

            var key = (diagnostic.Id, diagnostic.Location.SourceTree!.FilePath, symbol, diagnostic.IsSuppressed);
            if (firsts.TryGetValue(key, out var first))
            {
                others[first]++;
            }
            else
            {
                firsts.Add(key, i);
                kept[i] = true;
            }
        }

        for (var i = 0; i < ordered.Count; i++)
        {
            if (kept[i] && DiagnosticConverter.Convert(ordered[i]) is { } converted)
            {
                yield return others[i] == 0
                    ? converted
                    : converted with { Message = converted.Message + OtherUses(others[i]), OtherUses = others[i] };
            }
        }
    }

    private static string OtherUses(int count) =>
        count == 1 ? " (and 1 more use in this file)" : $" (and {count} more uses in this file)";
}
