using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace RestrictedCSharp.Arena.Workers;

/// <summary>
/// The secret a worker presents to the server (<c>Authorization: Bearer KEY</c>) to read compiled bots and report
/// itself. One per arena, kept in the data folder (<see cref="FileName"/>, owner-only) and created by
/// <c>rcsc workers key</c>; it grants nothing an author's token grants, and no author's token grants what it does.
/// </summary>
public sealed class WorkerKey
{
    public const string FileName = "worker.key";

    private readonly byte[] _hash;

    private WorkerKey(string key) => _hash = SHA256.HashData(Encoding.UTF8.GetBytes(key));

    public static string PathIn(string dataDirectory) => Path.Combine(dataDirectory, FileName);

    /// <summary>The arena's key, created (32 random bytes, owner-only file) when it has none.</summary>
    public static string Create(string dataDirectory)
    {
        var path = PathIn(dataDirectory);
        if (File.Exists(path)) return File.ReadAllText(path).Trim();
        Directory.CreateDirectory(dataDirectory);
        var key = Tokens.New();
        var staging = path + ".new";
        var created = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) created.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        using (var file = new FileStream(staging, created))
        {
            file.Write(Encoding.UTF8.GetBytes(key + "\n"));
        }
        File.Move(staging, path, overwrite: false);
        return key;
    }

    /// <summary>The arena's key, or null when it has none (no worker may connect).</summary>
    public static WorkerKey? Load(string dataDirectory)
    {
        var path = PathIn(dataDirectory);
        if (!File.Exists(path)) return null;
        var key = File.ReadAllText(path).Trim();
        return key.Length == 0 ? null : new WorkerKey(key);
    }

    /// <summary>True when the request bears this key (compared in constant time).</summary>
    public bool Admits(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        if (!header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase)) return false;
        var presented = header[scheme.Length..].Trim();
        if (presented.Length is 0 or > 256) return false;
        return CryptographicOperations.FixedTimeEquals(_hash, SHA256.HashData(Encoding.UTF8.GetBytes(presented)));
    }
}
