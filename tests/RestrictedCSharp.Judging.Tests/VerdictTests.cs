using System.Collections.Immutable;
using RestrictedCSharp.Artifacts;
using RestrictedCSharp.Judging;

namespace RestrictedCSharp.Judging.Tests;

public sealed class VerdictTests
{
    [Fact]
    public async Task A_legal_bot_is_accepted_with_an_artifact_that_verifies()
    {
        var judgement = await JudgeSetup.Judge().JudgeAsync(JudgeSetup.Request(JudgeMode.Build, JudgeSetup.RandomBot), CancellationToken.None);

        judgement.Failure.Should().BeNull();
        judgement.Verdict.Should().Be(JudgeVerdict.Accepted);
        JudgeSetup.Accepted(judgement.ReportJson).Should().BeTrue();
        var artifact = judgement.Artifact!;
        artifact.Should().NotBeNull();
        BotArtifact.HashOf(artifact.Assembly.AsSpan()).Should().Be(artifact.Manifest.ContentHash);
        var act = () => BotArtifact.Create(artifact.Assembly, artifact.Manifest);
        act.Should().NotThrow();
        var tampered = artifact.Assembly.ToArray();
        tampered[^1] ^= 1;
        var forged = () => BotArtifact.Create(ImmutableArray.Create(tampered), artifact.Manifest);
        forged.Should().Throw<InvalidDataException>();

        // As a worker on another machine would send it: the same judgement, its artifact verified again on reading.
        var travelled = JudgingJson.ReadJudgement(JudgingJson.WriteJudgement(judgement), JudgeMode.Build);
        travelled.Verdict.Should().Be(JudgeVerdict.Accepted, travelled.Failure);
        travelled.ReportJson.Should().Be(judgement.ReportJson);
        travelled.Artifact!.Assembly.Should().Equal(artifact.Assembly);
        travelled.Artifact.Manifest.Should().Be(artifact.Manifest);
    }

    [Fact]
    public async Task A_refused_bot_is_rejected_with_the_rcx_ids_in_its_report()
    {
        var judgement = await JudgeSetup.Judge().JudgeAsync(JudgeSetup.Request(JudgeMode.Build, JudgeSetup.FileReadingBot), CancellationToken.None);

        judgement.Verdict.Should().Be(JudgeVerdict.Rejected, judgement.Failure);
        judgement.Artifact.Should().BeNull();
        JudgeSetup.Accepted(judgement.ReportJson).Should().BeFalse();
        JudgeSetup.Ids(judgement.ReportJson).Should().Contain(id => id.StartsWith("RCX", StringComparison.Ordinal));
        judgement.ReportJson.Should().Contain("System.IO.File");
        JudgingJson.ReadJudgement(JudgingJson.WriteJudgement(judgement), JudgeMode.Build).Should().Be(judgement);
    }

    [Fact]
    public void A_request_travels_as_json_unchanged()
    {
        var request = JudgeSetup.Request(JudgeMode.Build, JudgeSetup.RandomBot, ("Other.cs", "// \u0000 \"quoted\" <script>"));

        var travelled = JudgingJson.ReadRequest(JudgingJson.WriteRequest(request));

        travelled.Game.Should().Be(request.Game);
        travelled.Mode.Should().Be(request.Mode);
        travelled.Files.Should().Equal(request.Files);
        var garbage = () => JudgingJson.ReadRequest("{\"game\": 1}"u8);
        garbage.Should().Throw<InvalidDataException>();
    }

    [Fact]
    public async Task Check_and_build_agree()
    {
        var judge = JudgeSetup.Judge();
        foreach (var bot in new[] { JudgeSetup.RandomBot, JudgeSetup.FileReadingBot })
        {
            var check = await judge.JudgeAsync(JudgeSetup.Request(JudgeMode.Check, bot), CancellationToken.None);
            var build = await judge.JudgeAsync(JudgeSetup.Request(JudgeMode.Build, bot), CancellationToken.None);

            check.Verdict.Should().Be(build.Verdict, bot.Name);
            check.Verdict.Should().NotBe(JudgeVerdict.Failed, check.Failure);
            check.Artifact.Should().BeNull("a check builds nothing");
            JudgeSetup.Ids(check.ReportJson).Should().Equal(JudgeSetup.Ids(build.ReportJson), bot.Name);
        }
    }
}
