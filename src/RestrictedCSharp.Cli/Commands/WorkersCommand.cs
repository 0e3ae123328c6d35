using System.CommandLine;
using RestrictedCSharp.Arena.Workers;

namespace RestrictedCSharp.Cli.Commands;

/// <summary>
/// <c>rcsc workers key [--data DIR] [--new]</c>: prints the arena's worker key (made when the data folder has none),
/// alone on stdout, for <c>rcsc worker --key-file</c>. <c>--new</c> replaces it; the server reads the key when it
/// starts, so the old one works until the next start. Exit 0, or 2 for a data folder that cannot hold the key.
/// </summary>
internal static class WorkersCommand
{
    public static Command Create(CliContext context)
    {
        var data = DataOption.Create();
        var replace = new Option<bool>("--new") { Description = "Replace the key: the old one stops working when the server next starts." };
        var key = new Command("key", "Print the arena's worker key (made when missing), the secret workers present to the server.") { data, replace };
        key.SetAction(parsed =>
        {
            var folder = DataOption.Read(parsed, data);
            string secret;
            try
            {
                secret = parsed.GetValue(replace) ? Replace(folder) : WorkerKey.Create(folder);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new CliException($"--data '{folder}': the worker key cannot be kept there: {e.Message}");
            }
            if (secret.Length == 0) throw new CliException($"{WorkerKey.PathIn(folder)} is empty: make a new key with --new");
            // The key alone on stdout, so that `rcsc workers key > worker.key` keeps it; the words for a person on stderr.
            context.Out.WriteLine(secret);
            context.Error.WriteLine(parsed.GetValue(replace)
                ? $"rcsc: a new worker key is in {WorkerKey.PathIn(folder)}; the old one works until the server next starts, and workers need the new one"
                : $"rcsc: the worker key is in {WorkerKey.PathIn(folder)} (owner-only); give it to workers with --key-file");
            return ExitCodes.Success;
        });
        return new Command("workers", "Manage the arena's workers.") { key };
    }

    /// <summary>A new key in the old one's place; the old one is put back if the new one cannot be written.</summary>
    private static string Replace(string folder)
    {
        var path = WorkerKey.PathIn(folder);
        if (Directory.Exists(path)) throw new IOException($"'{path}' is a folder");
        if (!File.Exists(path)) return WorkerKey.Create(folder);
        var old = path + ".old";
        File.Move(path, old, overwrite: true);
        try
        {
            var key = WorkerKey.Create(folder);
            File.Delete(old);
            return key;
        }
        catch
        {
            if (!File.Exists(path)) File.Move(old, path);
            throw;
        }
    }
}
