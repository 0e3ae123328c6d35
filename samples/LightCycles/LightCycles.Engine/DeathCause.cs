using System.Text.Json.Serialization;

namespace LightCycles.Engine;

/// <summary>Why a cycle stopped.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DeathCause>))]
public enum DeathCause
{
    /// <summary>It left the board.</summary>
    Wall,

    /// <summary>It entered a cell a trail already filled (its own or another's).</summary>
    Trail,

    /// <summary>It and another cycle swapped cells: each ran into the other's head.</summary>
    HeadOn,

    /// <summary>It and at least one other cycle entered the same free cell.</summary>
    SameCell,

    /// <summary>The match removed it (for example after repeated failed turns).</summary>
    Eliminated,
}
