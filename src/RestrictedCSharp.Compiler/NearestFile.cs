namespace RestrictedCSharp.Compiler;

/// <summary>Finds a file by name the way <c>global.json</c> is found: in a folder, else in the nearest folder above it.</summary>
public static class NearestFile
{
    /// <summary>
    /// The full path of the nearest <paramref name="fileName"/> in <paramref name="startPath"/> (a folder, or the folder
    /// of a file) or above it; null when there is none.
    /// </summary>
    public static string? Find(string startPath, string fileName)
    {
        var fullPath = Path.GetFullPath(startPath);
        var directory = Directory.Exists(fullPath) ? new DirectoryInfo(fullPath) : new FileInfo(fullPath).Directory;
        for (; directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, fileName);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
