using System.Net;
using System.Net.Sockets;
using System.Text.Json;

namespace RestrictedCSharp.Judging.Worker;

/// <summary>
/// What an operator (and the tests) can ask of a locked-down worker instead of a judgement: it attempts the escapes
/// its sandbox must refuse, and reads the one file it must be able to read (the game's API), and reports each
/// attempt as <c>{"attempts": [{"name", "refused", "detail"}]}</c>.
/// </summary>
internal static class WorkerSelfTest
{
    public static void Run(SelfTestTargets targets, WorkerGame game, Stream output)
    {
        var attempts = new List<(string Name, bool Refused, string Detail)>
        {
            Attempt("read-game-api", () => $"read {File.ReadAllBytes(game.ApiAssemblyPath!).Length} bytes of {game.ApiAssemblyPath}"),
            Attempt("read-file", () => $"read {File.ReadAllBytes(targets.ReadPath).Length} bytes of {targets.ReadPath}"),
            Attempt("write-file", () =>
            {
                var path = Path.Combine(targets.WriteFolder, $"escape-{Environment.ProcessId}");
                File.WriteAllText(path, "escaped");
                return $"wrote {path}";
            }),
            Attempt("connect-tcp", () =>
            {
                using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                socket.Connect(new IPEndPoint(IPAddress.Loopback, targets.TcpPort));
                return $"connected to 127.0.0.1:{targets.TcpPort}";
            }),
            Attempt("bind-tcp", () =>
            {
                using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
                return $"bound {socket.LocalEndPoint}";
            }),
        };

        using var json = new Utf8JsonWriter(output);
        json.WriteStartObject();
        json.WriteStartArray("attempts");
        foreach (var (name, refused, detail) in attempts)
        {
            json.WriteStartObject();
            json.WriteString("name", name);
            json.WriteBoolean("refused", refused);
            json.WriteString("detail", detail);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static (string, bool, string) Attempt(string name, Func<string> attempt)
    {
        try
        {
            return (name, false, attempt());
        }
        catch (Exception e)
        {
            return (name, true, $"{e.GetType().Name}: {e.Message}");
        }
    }
}
