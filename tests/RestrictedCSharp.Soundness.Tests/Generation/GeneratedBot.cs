using System.Text;

namespace RestrictedCSharp.Soundness.Tests.Generation;

/// <summary>
/// A bot written from fragments: a public class <c>Bot</c> whose <c>Act(int n)</c> calls each fragment's
/// method in turn and sums their results, so none of the work can be left out by the optimizer.
/// </summary>
internal sealed record GeneratedBot(string Name, string Source, bool MustBeAccepted, string? OpenGap = null)
{
    public static GeneratedBot Write(string name, IReadOnlyList<(Fragment Fragment, long Size)> parts, bool mustBeAccepted, string? openGap = null)
    {
        var source = new StringBuilder();
        source.AppendLine("public sealed class Bot");
        source.AppendLine("{");
        source.AppendLine("    public long Act(int n)");
        source.AppendLine("    {");
        source.AppendLine("        long total = 0;");
        for (var i = 0; i < parts.Count; i++)
        {
            source.AppendLine($"        total = unchecked(total + F{i}(n));");
        }

        source.AppendLine("        return total;");
        source.AppendLine("    }");
        for (var i = 0; i < parts.Count; i++)
        {
            source.AppendLine();
            foreach (var line in parts[i].Fragment.Write($"F{i}", parts[i].Size).Split('\n'))
            {
                source.Append("    ").AppendLine(line.TrimEnd('\r'));
            }
        }

        source.AppendLine("}");
        return new GeneratedBot(name, source.ToString(), mustBeAccepted, openGap);
    }

    public override string ToString() => Name;
}
