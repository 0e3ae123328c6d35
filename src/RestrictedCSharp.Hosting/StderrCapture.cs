using System.Text;

namespace RestrictedCSharp.Hosting;

/// <summary>
/// Drains a runner's stderr so it can never block on a full pipe, keeping only the last bytes (where a
/// crash message ends up) up to a bound.
/// </summary>
internal sealed class StderrCapture
{
    private readonly byte[] _ring;
    private long _written;
    private readonly Task _pump;

    public StderrCapture(Stream stderr, int capacity)
    {
        _ring = new byte[Math.Max(capacity, 256)];
        _pump = Task.Run(() => PumpAsync(stderr));
    }

    /// <summary>Waits briefly for the pump to reach the end of the stream (after the process exited).</summary>
    public async Task<string> TailAsync(TimeSpan wait)
    {
        await Task.WhenAny(_pump, Task.Delay(wait)).ConfigureAwait(false);
        return Tail;
    }

    public string Tail
    {
        get
        {
            lock (_ring)
            {
                var length = (int)Math.Min(_written, _ring.Length);
                var start = (int)((_written - length) % _ring.Length);
                var bytes = new byte[length];
                for (var i = 0; i < length; i++) bytes[i] = _ring[(start + i) % _ring.Length];
                var text = Encoding.UTF8.GetString(bytes).Trim();
                return _written > _ring.Length ? "…" + text : text;
            }
        }
    }

    private async Task PumpAsync(Stream stderr)
    {
        var buffer = new byte[4096];
        try
        {
            int n;
            while ((n = await stderr.ReadAsync(buffer).ConfigureAwait(false)) > 0)
            {
                lock (_ring)
                {
                    for (var i = 0; i < n; i++) _ring[(_written + i) % _ring.Length] = buffer[i];
                    _written += n;
                }
            }
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
        }
    }
}
