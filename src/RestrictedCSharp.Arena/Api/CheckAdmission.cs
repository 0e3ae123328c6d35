using System.Collections.Concurrent;

namespace RestrictedCSharp.Arena.Api;

/// <summary>
/// Who may start a check now. A check is anonymous and cheap to send, and may hold a compile worker up to the judge's
/// deadline; the judge's workers also build submissions. So a client has at most
/// <see cref="ArenaOptions.ChecksInFlightPerClient"/> checks in flight, and checks together hold at most
/// <see cref="ArenaOptions.ChecksAtOnce"/> workers: a client sending costly sources cannot take every worker, and
/// submissions are judged meanwhile.
/// </summary>
public sealed class CheckAdmission(ArenaOptions options)
{
    private readonly ConcurrentDictionary<string, int> _clients = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private int _inFlight;

    /// <summary>The check's admission, to dispose when it is answered; null when the client or the arena has no room.</summary>
    public IDisposable? TryEnter(string client)
    {
        lock (_gate)
        {
            var mine = _clients.GetValueOrDefault(client);
            if (mine >= options.ChecksInFlightPerClient || _inFlight >= options.ChecksAtOnce) return null;
            _clients[client] = mine + 1;
            _inFlight++;
        }
        return new Admitted(this, client);
    }

    private void Leave(string client)
    {
        lock (_gate)
        {
            _inFlight--;
            // An entry per client with a check in flight, no more: the table cannot grow with clients seen.
            if (_clients[client] == 1) _clients.TryRemove(client, out _);
            else _clients[client]--;
        }
    }

    private sealed class Admitted(CheckAdmission admission, string client) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0) admission.Leave(client);
        }
    }
}
