// expect: RCX0001
// Tries: resolves a host name with Dns.
using System.Net;

public sealed class Bot
{
    public int Act() => Dns.GetHostAddresses("example.com").Length;
}
