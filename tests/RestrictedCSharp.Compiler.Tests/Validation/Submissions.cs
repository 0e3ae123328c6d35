using RestrictedCSharp.Rules;

namespace RestrictedCSharp.Compiler.Tests.Validation;

/// <summary>Validators and one-line ways to validate test sources.</summary>
internal static class Submissions
{
    private static readonly Lazy<SubmissionValidator> BotsValidator = new(() => new SubmissionValidator(RuleSetLoader.Preset(Presets.Bots)));

    public static SubmissionValidator Bots => BotsValidator.Value;

    public static Task<ValidationResult> ValidateAsync(string text, string path = "Bot.cs") =>
        Bots.ValidateAsync(new[] { new SourceFile(path, text) });

    public static Task<ValidationResult> ValidateAsync(params SourceFile[] files) => Bots.ValidateAsync(files);

    /// <summary>The bots preset with extra lines after it.</summary>
    public static RuleSet BotsWith(string extraLines) => Rules("include bots\n" + extraLines);

    public static RuleSet Rules(string text)
    {
        var loaded = RuleSetLoader.Load(text, "/test/restricted.rules");
        return loaded.RuleSet ?? throw new InvalidOperationException(string.Join("; ", loaded.Errors));
    }

    public static SubmissionValidator Validator(RuleSet rules) => new(rules);

    /// <summary>A bot that reads a file: refused by the bots preset with RCX0001 at a known place.</summary>
    public const string FileReadingBot = """
        public static class Bot
        {
            public static string Peek() => System.IO.File.ReadAllText("secret");
        }
        """;
}
