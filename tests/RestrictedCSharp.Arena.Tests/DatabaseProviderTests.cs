using Microsoft.EntityFrameworkCore;
using Npgsql;
using RestrictedCSharp.Arena.Data;
using RestrictedCSharp.Arena.Data.Providers;
using RestrictedCSharp.Arena.Tests.Services;

namespace RestrictedCSharp.Arena.Tests;

/// <summary>
/// One model and one set of migrations for SQLite and PostgreSQL: the migrations match the model on both providers,
/// apply to an empty database of each, and <c>--database</c> accepts the two forms of a PostgreSQL address.
/// </summary>
public sealed class DatabaseProviderTests : IDisposable
{
    private readonly TempFolder _data = new("arena-providers-");

    public void Dispose() => _data.Dispose();

    [Fact]
    public void The_migrations_match_the_model_on_SQLite()
    {
        using var db = new ArenaDb(ArenaDatabase.Of(new ArenaOptions { DataDirectory = _data.Path }).ContextOptions());
        db.Database.IsSqlite().Should().BeTrue();
        db.Database.HasPendingModelChanges().Should().BeFalse("a model change needs a migration (docs/ARENA.md)");
    }

    [Fact]
    public void The_migrations_match_the_model_on_PostgreSQL()
    {
        // The comparison needs no server: the model against the migrations' snapshot, with the provider's mappings.
        var options = new ArenaOptions { DataDirectory = _data.Path, Database = "Host=127.0.0.1;Database=none;Username=none" };
        using var db = new ArenaDb(ArenaDatabase.Of(options).ContextOptions());
        db.Database.IsNpgsql().Should().BeTrue();
        db.Database.HasPendingModelChanges().Should().BeFalse("one set of migrations serves both providers");
    }

    [SkippableTheory]
    [MemberData(nameof(ArenaBackends.All), MemberType = typeof(ArenaBackends))]
    public async Task The_migrations_apply_to_an_empty_database_and_the_store_keeps_what_it_is_given(string backend)
    {
        var store = await ArenaBackends.OpenAsync(backend, _data.Path);
        await using var db = await ArenaAuthors.OpenAsync(store.Options);
        (await db.Database.GetPendingMigrationsAsync()).Should().BeEmpty();
        (await db.Database.GetAppliedMigrationsAsync()).Should().Equal(db.Database.GetMigrations());

        // What each provider must map alike: identities, booleans, UTC times, doubles, 64-bit seeds, nullable columns.
        var now = new DateTime(2026, 12, 7, 12, 34, 56, 789, DateTimeKind.Utc);
        var author = new Author { Name = "Case-Kept_1", TokenHash = "h", IsOperator = true, CreatedAt = now };
        db.Authors.Add(author);
        await db.SaveChangesAsync();
        var bot = new Bot { Name = "b", AuthorId = author.Id, Game = "g", Rating = 1500.25, Deviation = 350, Volatility = 0.06, CreatedAt = now };
        db.Bots.Add(bot);
        db.Matches.Add(new MatchRecord
        {
            Game = "g", Kind = MatchKind.Ladder, Status = MatchStatus.Queued, Seed = long.MinValue, SettingsJson = "{}", BudgetsJson = "{}", CreatedAt = now,
        });
        await db.SaveChangesAsync();
        author.Id.Should().BeGreaterThan(0);

        await using var read = await ArenaAuthors.OpenAsync(store.Options);
        var back = await read.Authors.SingleAsync(a => a.Name == "Case-Kept_1");
        back.IsOperator.Should().BeTrue();
        back.CreatedAt.Should().Be(now);
        (await read.Authors.AnyAsync(a => a.Name == "case-kept_1")).Should().BeFalse("names compare exactly, on both providers");
        (await read.Bots.SingleAsync()).Rating.Should().Be(1500.25);
        (await read.Matches.SingleAsync()).Seed.Should().Be(long.MinValue);
        (await read.Matches.Where(m => m.FinishedAt == null).CountAsync()).Should().Be(1);
    }

    [Theory]
    [InlineData("postgres://arena:s%3Acret@db.example:6543/ladder", "db.example", 6543, "ladder", "arena", "s:cret")]
    [InlineData("postgresql://arena@127.0.0.1/ladder", "127.0.0.1", 5432, "ladder", "arena", null)]
    [InlineData("Host=db.example;Port=6000;Database=ladder;Username=arena;Password=pw", "db.example", 6000, "ladder", "arena", "pw")]
    public void A_PostgreSQL_address_is_a_URL_or_a_connection_string(string setting, string host, int port, string database, string user, string? password)
    {
        var parsed = new NpgsqlConnectionStringBuilder(ArenaDatabase.PostgresConnectionString(setting));
        parsed.Host.Should().Be(host);
        parsed.Port.Should().Be(port);
        parsed.Database.Should().Be(database);
        parsed.Username.Should().Be(user);
        parsed.Password.Should().Be(password);
    }

    [Fact]
    public void URL_parameters_are_connection_keywords()
    {
        var parsed = new NpgsqlConnectionStringBuilder(ArenaDatabase.PostgresConnectionString("postgres://a@h/d?sslmode=require&timeout=5"));
        parsed.SslMode.Should().Be(SslMode.Require);
        parsed.Timeout.Should().Be(5);
    }

    [Theory]
    [InlineData("mysql://a@h/d")]
    [InlineData("postgres://a@h/d?nosuchkeyword=1")]
    [InlineData("Database=d;Username=a")]
    [InlineData("not a connection string")]
    public void Anything_else_is_refused(string setting)
    {
        var act = () => ArenaDatabase.PostgresConnectionString(setting);
        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void The_description_of_a_database_never_shows_its_password()
    {
        var options = new ArenaOptions { DataDirectory = _data.Path, Database = "postgres://arena:hunter2@db.example:6543/ladder" };
        ArenaDatabase.Of(options).Describe(options).Should().Be("PostgreSQL ladder on db.example:6543").And.NotContain("hunter2");
    }
}
