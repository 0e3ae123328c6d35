namespace RestrictedCSharp.Cli;

/// <summary>
/// Turns the files and folders given to <c>rcsc check</c> into the list of C# files to validate.
/// Folders are searched recursively for <c>*.cs</c>, skipping <c>bin/</c> and <c>obj/</c> (build output)
/// and symbolic links (which could loop). Nothing but <c>.cs</c> files is read: a submission's
/// <c>.editorconfig</c> or global config has no say.
/// </summary>
internal static class SubmissionInputs
{
    private static readonly string[] SkippedFolders = { "bin", "obj" };

    /// <summary>The files, in a stable order, each listed once.</summary>
    /// <exception cref="CliException">An input does not exist or is not a C# file.</exception>
    public static IReadOnlyList<string> Expand(IEnumerable<string> inputs)
    {
        var files = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var input in inputs)
        {
            if (File.Exists(input))
            {
                if (!input.EndsWith(".cs", StringComparison.OrdinalIgnoreCase))
                {
                    throw new CliException($"'{input}' is not a C# source file (.cs)");
                }

                Add(input);
            }
            else if (Directory.Exists(input))
            {
                foreach (var file in FindSources(input))
                {
                    Add(file);
                }
            }
            else
            {
                throw new CliException($"'{input}' does not exist");
            }
        }

        return files;

        void Add(string path)
        {
            if (seen.Add(Path.GetFullPath(path)))
            {
                files.Add(path);
            }
        }
    }

    private static IEnumerable<string> FindSources(string folder)
    {
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = false,
            IgnoreInaccessible = false,
            AttributesToSkip = FileAttributes.ReparsePoint,
            MatchCasing = MatchCasing.CaseInsensitive,
        };

        var pending = new Stack<string>();
        pending.Push(folder);
        var found = new List<string>();
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            found.AddRange(Directory.EnumerateFiles(current, "*.cs", options));
            foreach (var sub in Directory.EnumerateDirectories(current, "*", options))
            {
                if (!SkippedFolders.Contains(Path.GetFileName(sub), StringComparer.OrdinalIgnoreCase))
                {
                    pending.Push(sub);
                }
            }
        }

        found.Sort(StringComparer.Ordinal);
        return found;
    }
}
