using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace RestrictedCSharp.Arena.Workers;

/// <summary>
/// A worker's heartbeat: every <see cref="Interval"/> (and once at start) it posts what <see cref="IWorkerLoad"/> says
/// to the server's <c>POST /api/workers/heartbeat</c> with the worker key. A server that cannot be reached or refuses
/// is logged (once per change of state, not every beat) and never stops the worker: its jobs come from the broker.
/// </summary>
public sealed class WorkerHeartbeat : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    private static readonly TimeSpan RequestDeadline = TimeSpan.FromSeconds(4);

    private readonly Uri _endpoint;
    private readonly string _key;
    private readonly string _name;
    private readonly IWorkerLoad _load;
    private readonly HttpClient _http;
    private readonly TimeProvider _clock;
    private readonly ILogger _logger;
    private bool _failing;

    /// <param name="server">The server's base address (<c>http://HOST:PORT</c>).</param>
    /// <param name="key">The arena's worker key.</param>
    /// <param name="name">This worker's name, as the operator sees it (printable ASCII, 1 to 64 characters).</param>
    /// <param name="http">The client to post with (not disposed here).</param>
    public WorkerHeartbeat(Uri server, string key, string name, IWorkerLoad load, HttpClient http, TimeProvider clock, ILogger<WorkerHeartbeat> logger)
    {
        ArgumentNullException.ThrowIfNull(server);
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        ArgumentNullException.ThrowIfNull(load);
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(logger);
        if (new WorkerHeartbeatReport(name, 0, 0, 0).Problem() is { } problem) throw new ArgumentException(problem, nameof(name));
        _endpoint = new Uri(server, "/api/workers/heartbeat");
        _key = key;
        _name = name;
        _load = load;
        _http = http;
        _clock = clock;
        _logger = logger;
    }

    /// <summary>
    /// Registers the heartbeat in a worker's host, on its <see cref="IWorkerLoad"/>, <see cref="TimeProvider"/> (the
    /// system's when none) and logging; <paramref name="http"/> defaults to a client of its own.
    /// </summary>
    public static void Add(IServiceCollection services, Uri server, string key, string name, HttpClient? http = null) =>
        services.AddHostedService(sp => new WorkerHeartbeat(
            server, key, name, sp.GetRequiredService<IWorkerLoad>(), http ?? new HttpClient(), sp.GetService<TimeProvider>() ?? TimeProvider.System,
            sp.GetRequiredService<ILogger<WorkerHeartbeat>>()));

    /// <summary>Heartbeats the server acknowledged (for the worker's own log and the tests).</summary>
    public long Sent => Interlocked.Read(ref _sent);

    private long _sent;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, _clock);
        try
        {
            do
            {
                await BeatAsync(stoppingToken).ConfigureAwait(false);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: the last beat is not owed.
        }
    }

    /// <summary>One heartbeat; true when the server took it.</summary>
    public async Task<bool> BeatAsync(CancellationToken cancellationToken)
    {
        // Read once and kept in range: a count caught mid-change (busy a moment above slots) is not a refused beat.
        var slots = Math.Clamp(_load.Slots, 0, WorkerHeartbeatReport.MaxSlots);
        var report = new WorkerHeartbeatReport(_name, slots, Math.Clamp(_load.Busy, 0, slots), Math.Max(0, _load.JobsDone));
        try
        {
            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            deadline.CancelAfter(RequestDeadline);
            using var request = new HttpRequestMessage(HttpMethod.Post, _endpoint)
            {
                Content = JsonContent.Create(report, options: ArenaJson.Options),
            };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _key);
            using var response = await _http.SendAsync(request, deadline.Token).ConfigureAwait(false);
            if (response.IsSuccessStatusCode)
            {
                Interlocked.Increment(ref _sent);
                if (_failing) _logger.LogInformation("the server {Server} takes this worker's heartbeats again", _endpoint.GetLeftPart(UriPartial.Authority));
                _failing = false;
                return true;
            }
            Failed($"HTTP {(int)response.StatusCode}", null);
            return false;
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested && e is not OutOfMemoryException)
        {
            Failed(e.Message, e);
            return false;
        }
    }

    private void Failed(string reason, Exception? e)
    {
        // Once per outage: a server down for an hour is one warning, not 720.
        if (_failing) return;
        _failing = true;
        _logger.LogWarning(e, "the heartbeat to {Server} failed ({Reason}); the worker goes on and keeps trying every {Seconds} s",
            _endpoint.GetLeftPart(UriPartial.Authority), reason, Interval.TotalSeconds);
    }
}
