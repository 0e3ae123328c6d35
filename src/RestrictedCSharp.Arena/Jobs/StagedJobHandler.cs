namespace RestrictedCSharp.Arena.Jobs;

/// <summary>
/// The embedded mode's handler of one kind of job: its three stages in one process, describe (read the database),
/// execute (play or judge), settle (write the result once). The distributed mode runs the same stages, the middle
/// one on a worker (Broker.BrokerWorker).
/// </summary>
public sealed class StagedJobHandler(string kind, JobDescriber describer, JobExecutor executor, JobSettler settler) : IJobHandler
{
    public string Kind => kind;

    public async Task RunAsync(ClaimedJob job, CancellationToken cancellationToken)
    {
        // Nothing to do for a match or version already settled: a job run twice settles once.
        if (await describer.DescribeAsync(job.Id, Kind, job.Payload, cancellationToken).ConfigureAwait(false) is not { } order) return;
        await describer.MarkStartedAsync(order, cancellationToken).ConfigureAwait(false);
        var outcome = await executor.ExecuteAsync(order, cancellationToken).ConfigureAwait(false);
        await settler.SettleAsync(outcome, cancellationToken).ConfigureAwait(false);
    }

    public Task GiveUpAsync(ClaimedJob job, string error, CancellationToken cancellationToken) =>
        settler.GiveUpAsync(Kind, job.Payload, error, cancellationToken);
}
