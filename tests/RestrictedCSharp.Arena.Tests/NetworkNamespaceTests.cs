using System.Net;
using System.Net.Sockets;
using RestrictedCSharp.Arena.Tests.Services;

namespace RestrictedCSharp.Arena.Tests;

/// <summary>
/// TestSupport's <see cref="NetworkNamespace"/>, the harness the distributed tests put a worker in: from inside, what
/// listens on the host side of the veth pair is reachable and what listens on the host's loopback is not; disposing
/// takes everything down. Needs root and iproute2 (skipped otherwise, failed under CI=true).
/// </summary>
public sealed class NetworkNamespaceTests
{
    [SkippableFact]
    public async Task Inside_reaches_the_host_sides_address_and_not_the_hosts_loopback()
    {
        Harnesses.Require(NetworkNamespace.Unavailable());
        using var space = NetworkNamespace.Create();
        var onVeth = new TcpListener(space.HostAddress, 0);
        var onLoopback = new TcpListener(IPAddress.Loopback, 0);
        onVeth.Start();
        onLoopback.Start();
        try
        {
            var accepted = onVeth.AcceptTcpClientAsync();
            space.CanConnect(space.HostAddress, Port(onVeth)).Should().BeTrue("the host side's address is the way out");
            using (await accepted.WaitAsync(TimeSpan.FromSeconds(10))) { }

            space.CanConnect(IPAddress.Loopback, Port(onLoopback)).Should().BeFalse("the namespace's loopback is its own");
            space.CanConnect(space.HostAddress, Port(onLoopback)).Should().BeFalse("a server bound to 127.0.0.1 is not on the veth");
            // The control: from the host, the loopback server is there.
            using var control = new TcpClient();
            await control.ConnectAsync(IPAddress.Loopback, Port(onLoopback)).WaitAsync(TimeSpan.FromSeconds(10));
        }
        finally
        {
            onVeth.Stop();
            onLoopback.Stop();
        }
    }

    [SkippableFact]
    public void Disposing_kills_what_runs_inside_and_removes_the_namespace_and_its_veth_pair()
    {
        Harnesses.Require(NetworkNamespace.Unavailable());
        var space = NetworkNamespace.Create();
        using var sleeper = space.Start("sleep", "300");
        try
        {
            // ip netns exec enters the namespace, then execs sleep: wait until it has.
            var inside = false;
            for (var i = 0; i < 100 && !(inside = space.Processes().Contains(sleeper.Id)); i++) Thread.Sleep(100);
            inside.Should().BeTrue("ip netns exec runs sleep inside");
            System.Net.NetworkInformation.NetworkInterface.GetAllNetworkInterfaces().Select(i => i.Name).Should().Contain(space.HostInterface);
        }
        finally
        {
            space.Dispose();
        }

        sleeper.WaitForExit(10_000).Should().BeTrue();
        File.Exists($"/run/netns/{space.Name}").Should().BeFalse();
        System.Net.NetworkInformation.NetworkInterface.GetAllNetworkInterfaces().Select(i => i.Name).Should().NotContain(space.HostInterface);
    }

    [SkippableFact]
    public void When_its_owner_dies_without_disposing_it_a_watcher_takes_the_namespace_down()
    {
        Harnesses.Require(NetworkNamespace.Unavailable());
        // A process that stands in for a test host killed mid-run.
        using var owner = System.Diagnostics.Process.Start("sleep", "300");
        var space = NetworkNamespace.Create(owner.Id);
        using var sleeper = space.Start("sleep", "300");
        try
        {
            var inside = false;
            for (var i = 0; i < 100 && !(inside = space.Processes().Contains(sleeper.Id)); i++) Thread.Sleep(100);
            inside.Should().BeTrue();

            owner.Kill();
            owner.WaitForExit();

            // The watcher looks once a second.
            var gone = false;
            for (var i = 0; i < 200 && !(gone = !File.Exists($"/run/netns/{space.Name}") && !Interfaces().Contains(space.HostInterface)); i++) Thread.Sleep(100);
            gone.Should().BeTrue("the watcher removes the namespace and its veth pair once the owner is gone");
            sleeper.WaitForExit(10_000).Should().BeTrue("and kills what ran inside");
        }
        finally
        {
            space.Dispose();
        }
    }

    private static List<string> Interfaces() =>
        System.Net.NetworkInformation.NetworkInterface.GetAllNetworkInterfaces().Select(i => i.Name).ToList();

    private static int Port(TcpListener listener) => ((IPEndPoint)listener.LocalEndpoint).Port;
}
