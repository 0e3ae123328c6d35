namespace RestrictedCSharp.Benchmarks.Alternatives.Workloads;

/// <summary>Built bots written for <c>BotHost</c>, each in a folder of its own that goes when the process exits.</summary>
internal static class TemporaryFiles
{
    public static string Write(string name, byte[] content)
    {
        var folder = Directory.CreateTempSubdirectory("restrictedcsharp-bench-bot-").FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try { Directory.Delete(folder, recursive: true); }
            catch (IOException) { } // a runner still closing the file; the folder is only a temp folder
        };
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, content);
        return path;
    }
}
