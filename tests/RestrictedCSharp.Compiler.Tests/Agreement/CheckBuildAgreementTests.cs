using RestrictedCSharp.Compiler.Tests.CorpusSupport;
using RestrictedCSharp.Rules;

namespace RestrictedCSharp.Compiler.Tests.Agreement;

/// <summary>
/// Invariant 5: whatever <c>check</c> accepts builds and passes the IL audit, under the shipped presets and
/// under operators' rules that deny the members the compiler calls on the author's behalf. Each source
/// uses one construct the compiler lowers; each rules file denies one lowered member.
/// </summary>
public class CheckBuildAgreementTests
{
    public static TheoryData<string, string> Pairs()
    {
        var data = new TheoryData<string, string>();
        foreach (var source in AgreementSources.All.Keys)
        {
            foreach (var rules in AgreementRules.All.Keys)
            {
                data.Add(source, rules);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public async Task Check_accepts_exactly_what_build_accepts(string source, string rules)
    {
        var verdicts = await AgreementVerdicts.JudgeAsync(source, rules);

        verdicts.BuildAccepted.Should().Be(
            verdicts.CheckAccepted,
            "check said {0} for '{1}' under '{2}'; build said:{3}",
            verdicts.CheckAccepted ? "accepted" : "refused",
            source,
            rules,
            verdicts.BuildDiagnostics);
    }

    [Theory]
    [MemberData(nameof(PresetSources))]
    public async Task Ordinary_lowered_code_is_accepted_and_builds_under_the_bots_preset(string source)
    {
        var verdicts = await AgreementVerdicts.JudgeAsync(source, AgreementRules.BotsPreset);

        verdicts.CheckAccepted.Should().BeTrue("'{0}' is ordinary code:{1}", source, verdicts.CheckDiagnostics);
        verdicts.BuildAccepted.Should().BeTrue("'{0}' is ordinary code:{1}", source, verdicts.BuildDiagnostics);
    }

    public static TheoryData<string> PresetSources() => new(AgreementSources.All.Keys.Where(k => !AgreementSources.RefusedByPreset.Contains(k)));

    [Theory]
    [MemberData(nameof(DenyingRules))]
    public async Task Each_operator_rules_file_refuses_the_sources_that_use_what_it_denies(string rules)
    {
        // Without this, agreement could hold because neither side ever refuses anything.
        var refused = new List<string>();
        foreach (var source in AgreementRules.Targets[rules])
        {
            var verdicts = await AgreementVerdicts.JudgeAsync(source, rules);
            if (!verdicts.CheckAccepted && !verdicts.BuildAccepted)
            {
                refused.Add(source);
            }
        }

        refused.Should().BeEquivalentTo(AgreementRules.Targets[rules], "'{0}' denies a member those sources make the compiler call", rules);
    }

    public static TheoryData<string> DenyingRules() => new(AgreementRules.Targets.Keys);

    [Theory]
    [MemberData(nameof(Legitimate))]
    public async Task Every_legitimate_corpus_bot_builds(string name)
    {
        var file = CorpusFile.Load(CorpusFile.LegitimateFolder, name);
        var result = await AgreementVerdicts.Builder(AgreementRules.BotsPreset).BuildAsync([file.ToSource()]);

        result.Succeeded.Should().BeTrue("{0} is accepted by check, so it must build:{1}", name, AgreementVerdicts.Describe(result.Diagnostics));
    }

    public static TheoryData<string> Legitimate() => new(CorpusFile.Names(CorpusFile.LegitimateFolder));
}
