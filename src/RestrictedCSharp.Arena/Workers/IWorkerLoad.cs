namespace RestrictedCSharp.Arena.Workers;

/// <summary>What a worker process is doing, as it reports it to the server (the operator's view of the workers).</summary>
public interface IWorkerLoad
{
    /// <summary>Jobs it runs at once (its match slots and judge slots together).</summary>
    int Slots { get; }

    /// <summary>Jobs running now.</summary>
    int Busy { get; }

    /// <summary>Jobs it has finished (results published) since it started.</summary>
    long JobsDone { get; }
}
