using System.Net;
using System.Net.Sockets;

namespace RestrictedCSharp.Arena.Tests.Services;

/// <summary>
/// Listens on one address and forwards each connection to a port on the loopback: how a test puts a service that
/// listens on 127.0.0.1 (the private RabbitMQ node, whose guest user may connect from the loopback only) at the host
/// side of a network namespace's veth pair, without opening the service itself to more. Counts the bytes each way.
/// </summary>
internal sealed class TcpForwarder : IAsyncDisposable
{
    private readonly TcpListener _listener;
    private readonly int _target;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _accepting;
    private long _toTarget, _fromTarget;

    private TcpForwarder(IPAddress address, int target)
    {
        _listener = new TcpListener(address, 0);
        _listener.Start();
        _target = target;
        _accepting = AcceptAsync();
    }

    public static TcpForwarder Start(IPAddress address, int loopbackPort) => new(address, loopbackPort);

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public long BytesToTarget => Interlocked.Read(ref _toTarget);

    public long BytesFromTarget => Interlocked.Read(ref _fromTarget);

    private async Task AcceptAsync()
    {
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                var client = await _listener.AcceptTcpClientAsync(_stop.Token);
                _ = ForwardAsync(client);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException)
        {
        }
    }

    private async Task ForwardAsync(TcpClient client)
    {
        using (client)
        using (var target = new TcpClient())
        {
            try
            {
                await target.ConnectAsync(IPAddress.Loopback, _target, _stop.Token);
                using var pair = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token);
                var up = CopyAsync(client.GetStream(), target.GetStream(), b => Interlocked.Add(ref _toTarget, b), pair.Token);
                var down = CopyAsync(target.GetStream(), client.GetStream(), b => Interlocked.Add(ref _fromTarget, b), pair.Token);
                await Task.WhenAny(up, down);
                await pair.CancelAsync(); // one side closed: close both
            }
            catch (Exception e) when (e is OperationCanceledException or IOException or SocketException or ObjectDisposedException)
            {
            }
        }
    }

    private static async Task CopyAsync(Stream from, Stream to, Action<long> count, CancellationToken cancellationToken)
    {
        var buffer = new byte[16384];
        try
        {
            int read;
            while ((read = await from.ReadAsync(buffer, cancellationToken)) > 0)
            {
                await to.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                count(read);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or SocketException or ObjectDisposedException)
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _accepting;
        _stop.Dispose();
    }
}
