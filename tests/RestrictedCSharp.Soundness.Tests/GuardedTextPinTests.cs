using System.Security.Cryptography;
using System.Text;
using RestrictedCSharp.Compiler;
using RestrictedCSharp.Rewriting;
using RestrictedCSharp.Rules;
using RestrictedCSharp.Soundness.Tests.Generation;

namespace RestrictedCSharp.Soundness.Tests;

/// <summary>
/// The guards the rewriter inserts are pinned: the guarded text of every corpus file, sample bot and generated
/// bot hashes to the value recorded in <c>Pins/guarded-text.sha256</c>. A change to the rewriter that moves a
/// single guard shows up here by name; a change meant to move guards records the new hashes
/// (<c>RCX_UPDATE_GUARDED_PINS=1</c>) and says why in its commit. <c>RCX_GUARDED_TEXT_DUMP=folder</c> writes
/// each text out, to diff two versions of the rewriter.
/// </summary>
public sealed class GuardedTextPinTests
{
    private const string PinFile = "guarded-text.sha256";

    [Fact]
    public async Task The_guarded_text_of_every_pinned_source_is_unchanged()
    {
        var rules = RuleSetLoader.Preset(Presets.Bots);
        var validator = new SubmissionValidator(rules);
        var sizes = RuleSetAllocationSizes.From(rules);
        var dump = Environment.GetEnvironmentVariable("RCX_GUARDED_TEXT_DUMP");

        var actual = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, sources) in Sources())
        {
            var text = await GuardedText(validator, sizes, sources);
            actual[key] = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
            if (!string.IsNullOrEmpty(dump))
            {
                var path = Path.Combine(dump, key.Replace('/', '_'));
                Directory.CreateDirectory(dump);
                await File.WriteAllTextAsync(path, text);
            }
        }

        actual.Count.Should().BeGreaterThan(300, "the pins cover the corpus, the samples and the generated bots");
        var pinPath = Path.Combine(RepositoryRoot(), "tests", "RestrictedCSharp.Soundness.Tests", "Pins", PinFile);
        if (Environment.GetEnvironmentVariable("RCX_UPDATE_GUARDED_PINS") == "1")
        {
            await File.WriteAllLinesAsync(pinPath, actual.Select(p => $"{p.Value}  {p.Key}"));
        }

        var pinned = (await File.ReadAllLinesAsync(pinPath))
            .Where(l => l.Length > 0)
            .Select(l => l.Split("  ", 2))
            .ToDictionary(p => p[1], p => p[0], StringComparer.Ordinal);
        var changed = actual.Where(p => !pinned.TryGetValue(p.Key, out var hash) || hash != p.Value).Select(p => p.Key);
        var missing = pinned.Keys.Where(k => !actual.ContainsKey(k));
        changed.Concat(missing).Should().BeEmpty("the guards inserted into these sources must not change");
    }

    /// <summary>What the rewriter makes of a submission: its guarded trees, or why there are none.</summary>
    private static async Task<string> GuardedText(SubmissionValidator validator, AllocationSizeTable sizes, IReadOnlyList<SourceFile> sources)
    {
        var validation = await validator.ValidateAsync(sources);
        if (validation.Compilation is null)
        {
            return "not compiled: " + string.Join(", ", validation.Diagnostics.Select(d => d.Id));
        }

        var guarded = GuardRewriter.Rewrite(validation.Compilation, sizes);
        if (!guarded.Success)
        {
            return "not guarded:\n" + string.Join("\n", guarded.Diagnostics.Select(d => $"{d.Id} {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}"));
        }

        return string.Join("\n", guarded.Trees.Select(t => $"// {t.Original.FilePath}\n{t.Guarded}"));
    }

    private static IEnumerable<(string Key, IReadOnlyList<SourceFile> Sources)> Sources()
    {
        var root = RepositoryRoot();
        var corpus = Path.Combine(root, "tests", "RestrictedCSharp.Compiler.Tests", "Corpus");
        foreach (var folder in new[] { "Escapes", "Legitimate" })
        {
            foreach (var path in Directory.GetFiles(Path.Combine(corpus, folder), "*.cs").Order(StringComparer.Ordinal))
            {
                var name = Path.GetFileName(path);
                yield return ($"corpus/{folder}/{name}", [new SourceFile(name, File.ReadAllText(path))]);
            }
        }

        foreach (var bot in Directory.GetDirectories(Path.Combine(root, "samples", "bots")).Order(StringComparer.Ordinal))
        {
            var files = Directory.GetFiles(bot, "*.cs", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
                .Select(p => new SourceFile(Path.GetRelativePath(bot, p).Replace('\\', '/'), File.ReadAllText(p)))
                .ToList();
            yield return ($"samples/bots/{Path.GetFileName(bot)}", files);
        }

        foreach (var bot in BotGenerator.All())
        {
            yield return ($"generated/{bot.Name}", [new SourceFile("Bot.cs", bot.Source)]);
        }
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "RestrictedCSharp.sln")))
        {
            directory = directory.Parent;
        }

        directory.Should().NotBeNull("the tests run inside the repository");
        return directory!.FullName;
    }
}
