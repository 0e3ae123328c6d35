using System.CommandLine;

namespace RestrictedCSharp.Cli.Commands;

/// <summary><c>--data DIR</c>: the arena's data folder (its database and bot store), shared by <c>rcsc serve</c> and <c>rcsc authors</c>.</summary>
internal static class DataOption
{
    public const string DefaultFolder = "arena-data";

    public static Option<string> Create() => new("--data")
    {
        Description = "The arena's data folder: its SQLite database and its store of compiled bots (created when missing).",
        DefaultValueFactory = _ => DefaultFolder,
        HelpName = "DIR",
    };

    /// <summary>The folder as a full path; a file in its place is a usage error.</summary>
    /// <exception cref="CliException">A file stands where the folder must go.</exception>
    public static string Read(ParseResult parsed, Option<string> option)
    {
        var path = parsed.GetValue(option);
        if (string.IsNullOrWhiteSpace(path)) throw new CliException("--data needs a folder");
        var full = Path.GetFullPath(path);
        for (var at = full; at is not null; at = Path.GetDirectoryName(at))
        {
            if (File.Exists(at)) throw new CliException($"--data '{path}': '{at}' is a file, not a folder");
            if (Directory.Exists(at)) break;
        }
        return full;
    }
}
