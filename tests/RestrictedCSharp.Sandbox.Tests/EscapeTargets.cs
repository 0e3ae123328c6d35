using System.Net;
using System.Net.Sockets;

namespace RestrictedCSharp.Sandbox.Tests;

/// <summary>
/// What the probe tries to reach, set up by the test: a secret file, a directory to write into, a
/// loopback TCP listener, a UDP socket, a pathname and an abstract unix-socket listener, and an
/// environment variable of the test process.
/// </summary>
public sealed class EscapeTargets : IDisposable
{
    public const string SecretVariable = "RESTRICTEDCSHARP_SANDBOX_TEST_SECRET";

    public string Directory { get; } = System.IO.Directory.CreateTempSubdirectory("rcs-sandbox-test-").FullName;
    public string SecretFile => Path.Combine(Directory, "secret.txt");
    public string WritePrefix => Path.Combine(Directory, "written");
    public string UnixSocketPath => Path.Combine(Directory, "listener.sock");
    public string AbstractName { get; } = $"rcs-sandbox-test-{Guid.NewGuid():N}";

    public TcpListener Tcp { get; } = new(IPAddress.Loopback, 0);
    public Socket Udp { get; } = new(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
    public Socket Unix { get; } = new(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
    public Socket Abstract { get; } = new(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);

    public EscapeTargets()
    {
        File.WriteAllText(SecretFile, "host secret");
        Tcp.Start();
        Udp.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        Unix.Bind(new UnixDomainSocketEndPoint(UnixSocketPath));
        Unix.Listen();
        Abstract.Bind(new UnixDomainSocketEndPoint("\0" + AbstractName));
        Abstract.Listen();
        // Visible to anything that inherits or reads this process's environment.
        Environment.SetEnvironmentVariable(SecretVariable, "host secret");
    }

    public string[] Arguments(params string[] more) =>
    [
        "--read-path", SecretFile, "--write-path", WritePrefix,
        "--tcp-port", ((IPEndPoint)Tcp.LocalEndpoint).Port.ToString(),
        "--udp-port", ((IPEndPoint)Udp.LocalEndPoint!).Port.ToString(),
        "--unix-path", UnixSocketPath, "--abstract-name", AbstractName, "--secret-name", SecretVariable,
        .. more,
    ];

    public string[] WrittenFiles() => System.IO.Directory.GetFiles(Directory, "written*");

    public void Dispose()
    {
        Tcp.Stop();
        Udp.Dispose();
        Unix.Dispose();
        Abstract.Dispose();
        System.IO.Directory.Delete(Directory, recursive: true);
    }
}
