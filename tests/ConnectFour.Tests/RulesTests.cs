using RestrictedCSharp.Games;

namespace ConnectFour.Tests;

/// <summary>Connect Four's rules, played through <see cref="IGame"/> as the match loop plays them.</summary>
public sealed class RulesTests
{
    [Fact]
    public void The_definition_names_the_bots_entry_and_method_and_takes_two_players()
    {
        var definition = SeamGame.Definition;

        definition.Name.Should().Be("connectfour");
        definition.BotInterfaceName.Should().Be("ConnectFour.Api.IConnectFourBot");
        definition.BotMethod.Should().Be("Play");
        (definition.MinPlayers, definition.MaxPlayers).Should().Be((2, 2));
        definition.Settings.Select(s => (s.Name, s.Default)).Should().Equal(("width", "7"), ("height", "6"));
        definition.ReplayPage.Should().Contain(ReplayPage.Placeholder).And.Contain(ReplayPage.ShellPlaceholder);
    }

    [Fact]
    public void Seat_0_moves_first_and_the_players_alternate_one_call_a_turn()
    {
        var game = SeamGame.New();

        game.IsToMove(0).Should().BeTrue();
        game.IsToMove(1).Should().BeFalse();
        SeamGame.Play(game, 3);
        game.IsToMove(0).Should().BeFalse();
        game.IsToMove(1).Should().BeTrue();
        game.Turn.Should().Be(1);
        var view = SeamGame.View(game, 1);
        (view.You, view.Turn, view.At(3, 0)).Should().Be((1, 1, 0));
    }

    [Theory]
    [InlineData("horizontal", new[] { 0, 0, 1, 1, 2, 2, 3 })]
    [InlineData("vertical", new[] { 0, 1, 0, 1, 0, 1, 0 })]
    [InlineData("diagonal", new[] { 0, 1, 1, 2, 2, 3, 2, 3, 3, 6, 3 })]
    public void Four_in_a_row_wins_for_the_player_who_made_it(string because, int[] columns)
    {
        var game = SeamGame.New();

        SeamGame.Play(game, [.. columns.Select(c => (int?)c)]);

        game.IsOver.Should().BeTrue(because);
        game.Outcome.Should().BeEquivalentTo(new GameOutcome(0, columns.Length, [1, 2]));
        SeamGame.Replay(game).Should().Contain("\"ending\":\"player 0 connected four\"");
    }

    [Fact]
    public void A_full_board_without_four_in_a_row_is_a_draw()
    {
        var game = SeamGame.New(1, ("width", "4"), ("height", "4"));
        // Rows end 0011, 1100, 0011, 1100 from the bottom: no line of four anywhere.
        SeamGame.Play(game, 0, 2, 1, 3, 2, 0, 3, 1, 0, 2, 1, 3, 2, 0, 3, 1);

        game.IsOver.Should().BeTrue();
        game.Outcome.Should().BeEquivalentTo(new GameOutcome(null, 16, [1, 1]));
    }

    [Theory]
    [InlineData(7, "column 7 is not on the board (0 to 6)")]
    [InlineData(-1, "column -1 is not on the board (0 to 6)")]
    public void A_column_off_the_board_is_an_illegal_reply(int column, string error)
    {
        SeamGame.New().ReadReply(0, SeamGame.Reply(column)).Error.Should().Be(error);
    }

    [Fact]
    public void A_full_column_and_a_reply_that_is_not_a_drop_are_illegal()
    {
        var game = SeamGame.New();
        SeamGame.Play(game, 0, 0, 0, 0, 0, 0);

        game.ReadReply(0, SeamGame.Reply(0)).Error.Should().Be("column 0 is full");
        game.ReadReply(0, null).Error.Should().Contain("not a Drop");
        game.ReadReply(0, System.Text.Json.JsonDocument.Parse("\"3\"").RootElement).Error.Should().Contain("not a Drop");
    }

    [Fact]
    public void A_failed_turn_drops_nothing_and_passes_the_turn()
    {
        var game = SeamGame.New();

        SeamGame.Play(game, [null]);

        game.Turn.Should().Be(1);
        game.IsToMove(1).Should().BeTrue();
        SeamGame.View(game, 1).Cells.Should().OnlyContain(c => c == ConnectFour.Api.Board.Empty);
        SeamGame.Replay(game).Should().Contain("\"moves\":[[0,-1]]");
    }

    [Fact]
    public void An_eliminated_player_loses_and_two_are_a_draw()
    {
        var one = SeamGame.New();
        one.Eliminate(1, "3 failed turns in a row");
        var both = SeamGame.New();
        both.Eliminate(0, "did not load");
        both.Eliminate(1, "did not load");

        one.IsOver.Should().BeTrue();
        one.Outcome.Winner.Should().Be(0);
        one.IsAlive(1).Should().BeFalse();
        both.Outcome.Should().BeEquivalentTo(new GameOutcome(null, 0, [1, 1]));
    }

    [Fact]
    public void Each_player_has_its_own_seed_fixed_by_the_matchs()
    {
        var game = SeamGame.New(seed: 42);
        var again = SeamGame.New(seed: 42);
        var other = SeamGame.New(seed: 43);

        SeamGame.View(game, 0).Seed.Should().NotBe(SeamGame.View(game, 1).Seed);
        SeamGame.View(again, 0).Seed.Should().Be(SeamGame.View(game, 0).Seed);
        SeamGame.View(other, 0).Seed.Should().NotBe(SeamGame.View(game, 0).Seed);
    }

    [Theory]
    [InlineData("width", "3", "width and height must be 4 to 16")]
    [InlineData("height", "17", "width and height must be 4 to 16")]
    [InlineData("width", "seven", "width must be a whole number; 'seven' is not")]
    public void A_setting_out_of_range_is_a_setup_error(string name, string value, string message)
    {
        FluentActions.Invoking(() => SeamGame.New(1, (name, value))).Should().Throw<GameSetupException>().WithMessage(message);
    }

    [Fact]
    public void Three_players_are_a_setup_error()
    {
        FluentActions.Invoking(() => SeamGame.Definition.Create(new GameSetup(3, 1))).Should().Throw<GameSetupException>()
            .WithMessage("connectfour is played by 2 bots; 3 given");
    }

    [Fact]
    public void A_forged_log_is_bounded_by_the_host()
    {
        var lines = Enumerable.Range(0, 50).Select(i => new string('x', 500)).ToArray();

        var reading = SeamGame.New().ReadReply(0, SeamGame.Reply(3, lines));

        reading.Log.Should().HaveCount(ConnectFour.Api.MoveLog.MaxLines + 2);
        reading.Log.Take(ConnectFour.Api.MoveLog.MaxLines + 1).Should().OnlyContain(l => l.Length == ConnectFour.Api.MoveLog.MaxLineLength);
        reading.Log[^1].Should().Be("(41 more lines dropped by the host)");
    }

    [Fact]
    public void The_same_moves_write_the_same_replay()
    {
        var one = SeamGame.New(seed: 9);
        var two = SeamGame.New(seed: 9);
        SeamGame.Play(one, 3, 3, 4, null, 2, 5);
        SeamGame.Play(two, 3, 3, 4, null, 2, 5);

        SeamGame.Replay(one).Should().Be(SeamGame.Replay(two))
            .And.Be("""{"width":7,"height":6,"moves":[[0,3],[1,3],[0,4],[1,-1],[0,2],[1,5]],"ending":""}""");
        one.Describe().Should().Be("7x6");
    }
}
