using RestrictedCSharp.Artifacts;
using RestrictedCSharp.Rules;

namespace RestrictedCSharp.Compiler.Tests.Build;

/// <summary>The manifest records the budgets a bot was built under, and reads back as it was written.</summary>
public class BotManifestTests
{
    private const string Bot = "public sealed class Bot { public int Act(int x) => x + 1; }";

    [Fact]
    public async Task The_manifest_records_the_budgets_of_the_rules_the_bot_was_built_under()
    {
        var rules = Validation.Submissions.BotsWith("limit ticks 123\nlimit memory-mb 64");

        var result = await new BotBuilder(rules).BuildAsync([new SourceFile("Bot.cs", Bot)]);

        result.Succeeded.Should().BeTrue(string.Join("\n", result.Diagnostics));
        result.Bot!.Manifest.Budgets.Should().Be(BotBudgets.FromRules(rules));
        result.Bot.Manifest.Budgets.Ticks.Should().Be(123);
        result.Bot.Manifest.Budgets.MemoryMb.Should().Be(64);
    }

    [Fact]
    public async Task A_manifest_written_beside_the_assembly_reads_back_equal()
    {
        var result = await new BotBuilder(Validation.Submissions.BotsWith("limit depth 77")).BuildAsync([new SourceFile("Bot.cs", Bot)]);
        var folder = Directory.CreateTempSubdirectory("rcx-manifest-");
        try
        {
            var path = Path.Combine(folder.FullName, "bot.dll");
            await result.Bot!.WriteAsync(path);

            var read = BotManifest.ReadBeside(path);

            read.Should().Be(result.Bot.Manifest);
            read!.Budgets.CallDepth.Should().Be(77);
            BotManifest.ReadBeside(Path.Combine(folder.FullName, "other.dll")).Should().BeNull("no manifest is there");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task The_manifest_names_the_assemblys_content_hash_and_the_artifact_reads_back_from_disk()
    {
        var result = await new BotBuilder(Validation.Submissions.BotsWith("")).BuildAsync([new SourceFile("Bot.cs", Bot)]);
        var folder = Directory.CreateTempSubdirectory("rcx-manifest-");
        try
        {
            var path = Path.Combine(folder.FullName, "bot.dll");
            await result.Bot!.WriteAsync(path);

            var read = BotArtifact.Read(path);

            result.Bot.Manifest.ContentHash.Should().Be(BotArtifact.HashOf(result.Bot.Assembly.AsSpan())).And.HaveLength(64);
            read.Manifest.Should().Be(result.Bot.Manifest);
            read.Assembly.SequenceEqual(result.Bot.Assembly).Should().BeTrue();
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task An_artifact_on_disk_whose_bytes_changed_is_refused_and_so_is_one_without_a_manifest()
    {
        var result = await new BotBuilder(Validation.Submissions.BotsWith("")).BuildAsync([new SourceFile("Bot.cs", Bot)]);
        var folder = Directory.CreateTempSubdirectory("rcx-manifest-");
        try
        {
            var path = Path.Combine(folder.FullName, "bot.dll");
            await result.Bot!.WriteAsync(path);
            var bytes = result.Bot.Assembly.ToArray();
            bytes[^1] ^= 1;
            File.WriteAllBytes(path, bytes);
            var bare = Path.Combine(folder.FullName, "bare.dll");
            File.WriteAllBytes(bare, bytes);

            FluentActions.Invoking(() => BotArtifact.Read(path)).Should().Throw<InvalidDataException>()
                .Which.Message.Should().StartWith(path).And.Contain("content hash");
            FluentActions.Invoking(() => BotArtifact.Read(bare)).Should().Throw<InvalidDataException>()
                .Which.Message.Should().Contain("no manifest");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData("{ not json", "not a bot manifest")]
    [InlineData("{}", "a field is missing")]
    [InlineData("""{"assemblyName":"Bot","contentHash":"c","sourceHash":"a","rulesHash":"b","toolVersion":"1","budgets":{"ticks":-5,"callDepth":1,"allocatedBytes":1,"memoryMb":64,"timeoutMs":1}}""",
        "ticks must be a positive whole number of ticks, not '-5'")]
    public void A_damaged_manifest_is_refused_with_its_file_name(string text, string message)
    {
        var folder = Directory.CreateTempSubdirectory("rcx-manifest-");
        try
        {
            var path = Path.Combine(folder.FullName, "bot.dll");
            File.WriteAllText(BotManifest.PathFor(path), text);

            FluentActions.Invoking(() => BotManifest.ReadBeside(path)).Should().Throw<InvalidDataException>()
                .Which.Message.Should().StartWith(BotManifest.PathFor(path)).And.Contain(message);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
