namespace RestrictedCSharp.Arena.Data;

/// <summary>
/// A bot on the ladder of one game: its owner, the version that plays (the newest accepted one; a rejected version
/// never replaces it) and its rating, which belongs to the bot and carries over from version to version.
/// </summary>
public sealed class Bot
{
    public long Id { get; set; }

    public required string Name { get; set; }

    public long AuthorId { get; set; }

    public Author? Author { get; set; }

    public required string Game { get; set; }

    /// <summary>The accepted version that plays; null until one is accepted.</summary>
    public long? CurrentVersionId { get; set; }

    /// <summary>The number of the newest version submitted (versions count from 1).</summary>
    public int LastVersionNumber { get; set; }

    public double Rating { get; set; }

    public double Deviation { get; set; }

    public double Volatility { get; set; }

    public int Played { get; set; }

    public int Wins { get; set; }

    public int Losses { get; set; }

    public int Draws { get; set; }

    public DateTime CreatedAt { get; set; }
}
