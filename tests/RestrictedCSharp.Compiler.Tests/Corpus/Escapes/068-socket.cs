// expect: RCX0001
// Tries: opens a TCP socket.
using System.Net.Sockets;

public sealed class Bot
{
    public object Act() => new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
}
