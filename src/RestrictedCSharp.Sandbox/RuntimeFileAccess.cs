namespace RestrictedCSharp.Sandbox;

/// <summary>
/// The files a .NET process needs to read to start again inside the Landlock domain, and nothing more:
/// the dotnet root of the running runtime (host, hostfxr, the shared framework), the application's own
/// directory, the system libraries the process has mapped (libc, libstdc++, the dynamic loader, …)
/// with the loader's cache, and the few kernel files the runtime reads at start.
/// </summary>
internal static class RuntimeFileAccess
{
    /// <summary>
    /// Kernel files the runtime reads (found by tracing a restricted start). /proc/self/maps is
    /// mandatory (the runtime reads it for the main thread's stack at start); /sys/devices/system/cpu
    /// gives the online CPU count and the cache sizes the GC sizes gen0 from (without it gen0 is tiny and
    /// collections far more frequent: docs/BENCHMARKS.md); /dev/urandom seeds randomized string hashing and Random.
    /// Left out on purpose, each with a working fallback in the runtime: /proc/self/mountinfo,
    /// /proc/self/cgroup and /sys/fs/cgroup (no cgroup limits assumed, moot under the host's heap hard
    /// limit, and they describe the host's layout), /proc/meminfo (memory load from sysinfo(2)),
    /// /proc/self/status, /sys/devices/system/node (no NUMA), /proc/self/task/*/comm (thread names).
    /// </summary>
    private static readonly (string Path, bool IsDirectory)[] KernelFiles =
    [
        ("/proc/self/maps", false),
        ("/sys/devices/system/cpu", true),
        ("/dev/urandom", false),
    ];

    /// <summary>The dynamic loader's cache, read when a library is opened by name.</summary>
    private const string LoaderCache = "/etc/ld.so.cache";

    public static IReadOnlyList<ReadOnlyGrant> ForCurrentProcess(IEnumerable<string> extraReadOnlyPaths)
    {
        var grants = new List<ReadOnlyGrant>();
        var directories = new List<string>();

        void AddDirectory(string path, bool execute)
        {
            var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
            if (directories.Any(d => IsUnder(full, d))) return;
            directories.Add(full);
            grants.Add(new ReadOnlyGrant(full, IsDirectory: true, AllowExecute: execute));
        }

        AddDirectory(DotnetRoot(), execute: true);
        AddDirectory(AppContext.BaseDirectory, execute: true);

        foreach (var library in MappedFiles().Where(f => !directories.Any(d => IsUnder(f, d))))
            grants.Add(new ReadOnlyGrant(library, IsDirectory: false, AllowExecute: true));
        if (File.Exists(LoaderCache))
            grants.Add(new ReadOnlyGrant(LoaderCache, IsDirectory: false, AllowExecute: false));

        foreach (var (path, isDirectory) in KernelFiles)
            if (Path.Exists(path))
                grants.Add(new ReadOnlyGrant(path, isDirectory, AllowExecute: false));

        foreach (var extra in extraReadOnlyPaths)
        {
            if (!Path.IsPathFullyQualified(extra))
                throw new ArgumentException($"Read-only path '{extra}' must be absolute.", nameof(extraReadOnlyPaths));
            var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(extra));
            if (full == "/")
                throw new ArgumentException("The root directory cannot be made readable.", nameof(extraReadOnlyPaths));
            if (Directory.Exists(full)) AddDirectory(full, execute: false);
            else if (File.Exists(full)) grants.Add(new ReadOnlyGrant(full, IsDirectory: false, AllowExecute: false));
            else throw new FileNotFoundException($"Read-only path '{full}' does not exist.", full);
        }
        return grants;
    }

    /// <summary>
    /// The dotnet root of the running runtime: three levels above System.Private.CoreLib in a shared
    /// install (&lt;root&gt;/shared/Microsoft.NETCore.App/&lt;version&gt;/), or the runtime directory itself
    /// for a self-contained application.
    /// </summary>
    public static string DotnetRoot()
    {
        var runtimeDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)
            ?? throw new InvalidOperationException("The runtime's location is unknown.");
        var framework = Directory.GetParent(runtimeDirectory);
        var shared = framework?.Parent;
        return framework?.Name == "Microsoft.NETCore.App" && shared?.Name == "shared" && shared.Parent is { } root
            ? root.FullName
            : runtimeDirectory;
    }

    /// <summary>Regular files mapped into this process (from /proc/self/maps), such as shared libraries.</summary>
    private static IEnumerable<string> MappedFiles()
    {
        var files = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines("/proc/self/maps"))
        {
            // address perms offset dev inode pathname — the pathname starts at the first '/'.
            var slash = line.IndexOf('/');
            if (slash < 0 || line.EndsWith(" (deleted)", StringComparison.Ordinal)) continue;
            var path = line[slash..];
            if (File.Exists(path)) files.Add(path);
        }
        return files;
    }

    private static bool IsUnder(string path, string directory) =>
        path == directory || path.StartsWith(directory + "/", StringComparison.Ordinal);
}
