using RestrictedCSharp.Matches.Tournaments;

namespace RestrictedCSharp.Matches.Tests;

public sealed class ResultsFileTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"results-{Guid.NewGuid():N}.jsonl");

    private static GameRecord Record(int game) => new(game, 0, ["a", "b"], 42UL + (ulong)game, "a", 17, [1, 2], [0, 3]);

    public void Dispose() => File.Delete(_path);

    [Fact]
    public void A_record_line_keeps_its_format_member_for_member()
    {
        Record(0).ToJsonLine().Should().Be("""{"game":0,"round":0,"players":["a","b"],"seed":"42","winner":"a","turns":17,"placements":[1,2],"failures":[0,3]}""");
        (Record(0) with { Winner = null }).ToJsonLine().Should().Contain("\"winner\":null");
    }

    [Fact]
    public void A_seed_is_written_as_a_decimal_string_that_a_double_reader_cannot_round()
    {
        // 2^64 - 1 read as a double (JavaScript, jq) would be 18446744073709551616: another match's seed.
        var line = (Record(0) with { Seed = ulong.MaxValue }).ToJsonLine();
        line.Should().Contain("\"seed\":\"18446744073709551615\"");
        GameRecord.TryParse(line)!.Seed.Should().Be(ulong.MaxValue);
    }

    [Fact]
    public void A_results_file_written_with_numeric_seeds_is_still_read()
    {
        GameRecord.TryParse("""{"game":0,"round":0,"players":["a","b"],"seed":42,"winner":"a","turns":17,"placements":[1,2],"failures":[0,3]}""")!
            .Seed.Should().Be(42UL);
    }

    [Theory]
    [InlineData("""{"game":0,"round":0,"players":["a","b"],"seed":42,"winner":"a","placements":[1,2],"failures":[0,3]}""")]
    [InlineData("""{"game":0,"round":0,"players":["a",null],"seed":42,"winner":"a","turns":17,"placements":[1,2],"failures":[0,3]}""")]
    [InlineData("""{"game":0,"round":0,"players":null,"seed":42,"winner":"a","turns":17,"placements":[1,2],"failures":[0,3]}""")]
    [InlineData("""{"game":0,"round":0,"players":["a","b"],"seed":-1,"winner":"a","turns":17,"placements":[1,2],"failures":[0,3]}""")]
    [InlineData("""{"game":0,"round":0,"players":["a","b"],"seed":"-1","winner":"a","turns":17,"placements":[1,2],"failures":[0,3]}""")]
    [InlineData("""{"game":0,"round":0,"players":["a","b"],"seed":"4e2","winner":"a","turns":17,"placements":[1,2],"failures":[0,3]}""")]
    [InlineData("""{"game":0,"round":0,"players":["a","b"],"seed":42,"winner":"a","turns":17,"placements":[1],"failures":[0,3]}""")]
    [InlineData("""[1,2]""")]
    public void A_line_that_is_not_a_whole_game_record_is_not_read_as_one(string line)
    {
        GameRecord.TryParse(line).Should().BeNull();
    }

    [Fact]
    public void Records_round_trip_and_are_appended_as_lines()
    {
        using (var file = ResultsFile.Open(_path))
        {
            file.Existing.Should().BeEmpty();
            file.Append(Record(0));
            file.Append(Record(1));
        }

        using var reopened = ResultsFile.Open(_path);
        reopened.Existing.Should().BeEquivalentTo([Record(0), Record(1)], o => o.WithStrictOrdering());
        File.ReadAllLines(_path).Should().HaveCount(2);
    }

    [Fact]
    public void A_torn_last_line_is_cut_off_and_the_next_record_starts_on_a_fresh_line()
    {
        var torn = Record(1).ToJsonLine();
        File.WriteAllText(_path, Record(0).ToJsonLine() + "\n" + torn[..(torn.Length / 2)]);

        using (var file = ResultsFile.Open(_path))
        {
            file.Existing.Select(r => r.Game).Should().Equal(0);
            file.Append(Record(1));
        }

        using var reopened = ResultsFile.Open(_path);
        reopened.Existing.Select(r => r.Game).Should().Equal(0, 1);
    }

    [Fact]
    public void A_complete_last_line_without_its_newline_is_kept()
    {
        File.WriteAllText(_path, Record(0).ToJsonLine());

        using (var file = ResultsFile.Open(_path)) file.Append(Record(1));

        File.ReadAllLines(_path).Should().Equal(Record(0).ToJsonLine(), Record(1).ToJsonLine());
    }

    [Fact]
    public void A_damaged_line_before_the_last_is_an_error_not_a_silent_loss()
    {
        File.WriteAllText(_path, Record(0).ToJsonLine() + "\n{garbage\n" + Record(2).ToJsonLine() + "\n");

        FluentActions.Invoking(() => ResultsFile.Open(_path)).Should().Throw<InvalidDataException>().WithMessage("*:2: not a game record");
    }
}
