using System.Text;
using RestrictedCSharp.Rules;

namespace RestrictedCSharp.Compiler.Tests.CorpusSupport;

/// <summary>Runs corpus files through the same validation a game server runs, with the default preset.</summary>
public static class CorpusValidation
{
    private static readonly Lazy<SubmissionValidator> Validator = new(() => new SubmissionValidator(RuleSetLoader.Preset(Presets.Bots)));

    public static Task<ValidationResult> ValidateAsync(CorpusFile file) =>
        Validator.Value.ValidateAsync([file.ToSource()]);

    /// <summary>Every diagnostic on its own line, for failure messages.</summary>
    public static string Describe(ValidationResult result)
    {
        if (result.Diagnostics.IsEmpty)
        {
            return "(no diagnostics)";
        }

        var text = new StringBuilder();
        foreach (var d in result.Diagnostics)
        {
            text.Append("\n  ").Append(d.File).Append('(').Append(d.Line).Append(',').Append(d.Column).Append("): ")
                .Append(d.Severity).Append(' ').Append(d.Id).Append(d.Suppressed ? " (suppressed)" : string.Empty)
                .Append(": ").Append(d.Message);
        }

        return text.ToString();
    }
}
