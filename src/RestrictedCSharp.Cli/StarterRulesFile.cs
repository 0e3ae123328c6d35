namespace RestrictedCSharp.Cli;

/// <summary>The commented starter rules file that <c>rcsc rules init</c> writes (Templates/restricted.rules).</summary>
internal static class StarterRulesFile
{
    public static string Text { get; } = Load();

    private static string Load()
    {
        using var stream = typeof(StarterRulesFile).Assembly.GetManifestResourceStream("RestrictedCSharp.Cli.Templates.restricted.rules")
            ?? throw new InvalidOperationException("the starter rules file is missing from rcsc");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
