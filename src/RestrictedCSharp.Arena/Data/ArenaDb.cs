using Microsoft.EntityFrameworkCore;

namespace RestrictedCSharp.Arena.Data;

/// <summary>The arena's store: authors, bots, versions, matches and the job queue.</summary>
public sealed class ArenaDb(DbContextOptions<ArenaDb> options) : DbContext(options)
{
    public DbSet<Author> Authors => Set<Author>();

    public DbSet<Bot> Bots => Set<Bot>();

    public DbSet<BotVersion> Versions => Set<BotVersion>();

    public DbSet<MatchRecord> Matches => Set<MatchRecord>();

    public DbSet<MatchSeat> MatchSeats => Set<MatchSeat>();

    public DbSet<Job> Jobs => Set<Job>();

    protected override void OnModelCreating(ModelBuilder model)
    {
        model.Entity<Author>(e =>
        {
            e.ToTable("authors");
            e.HasIndex(a => a.Name).IsUnique();
            e.HasIndex(a => a.TokenHash).IsUnique();
            e.Property(a => a.Name).HasMaxLength(Names.MaxLength);
        });
        model.Entity<Bot>(e =>
        {
            e.ToTable("bots");
            e.HasIndex(b => b.Name).IsUnique();
            e.HasIndex(b => new { b.Game, b.Rating });
            e.Property(b => b.Name).HasMaxLength(Names.MaxLength);
            e.HasOne(b => b.Author).WithMany().HasForeignKey(b => b.AuthorId);
        });
        model.Entity<BotVersion>(e =>
        {
            e.ToTable("versions");
            e.HasIndex(v => new { v.BotId, v.Number }).IsUnique();
            e.HasIndex(v => v.SubmittedAt);
            e.HasOne(v => v.Bot).WithMany().HasForeignKey(v => v.BotId);
        });
        model.Entity<MatchRecord>(e =>
        {
            e.ToTable("matches");
            e.HasIndex(m => new { m.Status, m.Kind });
            e.HasIndex(m => new { m.RequestedBy, m.CreatedAt });
            e.HasMany(m => m.Seats).WithOne().HasForeignKey(s => s.MatchId);
        });
        model.Entity<MatchSeat>(e =>
        {
            e.ToTable("match_seats");
            e.HasIndex(s => new { s.MatchId, s.Seat }).IsUnique();
            e.HasIndex(s => s.BotId);
        });
        model.Entity<Job>(e =>
        {
            e.ToTable("jobs");
            e.HasIndex(j => new { j.State, j.Kind, j.Id });
        });
    }
}
