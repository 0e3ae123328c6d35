namespace RestrictedCSharp.Arena.Jobs.Broker;

/// <summary>The broker's queue names under an arena's prefix (<see cref="ArenaOptions.BrokerQueuePrefix"/>): one place, for the server, the workers and the operator's view.</summary>
public static class BrokerQueues
{
    /// <summary>The orders of one kind of job (<see cref="Data.JobKind"/>), taken by workers.</summary>
    public static string Orders(string prefix, string kind) => $"{prefix}.{kind}";

    /// <summary>What workers report back (results and failed attempts), taken by the server, the only writer of results.</summary>
    public static string Results(string prefix) => $"{prefix}.results";

    /// <summary>Jobs given up, with their reason.</summary>
    public static string Dead(string prefix) => $"{prefix}.dead";
}
