namespace RestrictedCSharp.Cli;

/// <summary>The rule pages of docs/rules, embedded in rcsc when it is built (see the project file).</summary>
internal static class RulePages
{
    /// <summary>The Markdown page for a diagnostic ID, or null when rcsc has none.</summary>
    public static string? Find(string id)
    {
        using var stream = typeof(RulePages).Assembly.GetManifestResourceStream($"RestrictedCSharp.Cli.RulePages.{id}.md");
        if (stream is null) return null;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
