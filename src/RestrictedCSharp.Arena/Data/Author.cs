namespace RestrictedCSharp.Arena.Data;

/// <summary>
/// Someone who submits bots. The token is never stored: only its SHA-256 (<see cref="Tokens.Hash"/>), so a copy of
/// the database does not let anyone act as an author. An operator may also read every bot's source and the status.
/// </summary>
public sealed class Author
{
    public long Id { get; set; }

    public required string Name { get; set; }

    public required string TokenHash { get; set; }

    public bool IsOperator { get; set; }

    public DateTime CreatedAt { get; set; }
}
