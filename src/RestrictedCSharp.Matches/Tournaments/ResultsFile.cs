using System.Text;

namespace RestrictedCSharp.Matches.Tournaments;

/// <summary>
/// The results file of a tournament: one JSON line per finished game, appended and flushed as each game
/// ends, so that a tournament killed at any moment loses at most the games in progress. Opening it reads the
/// games already there; a torn last line (the kill came mid-write) is cut off, any other unreadable line is
/// an error.
/// </summary>
public sealed class ResultsFile : IDisposable
{
    private readonly FileStream _stream;
    private readonly Lock _gate = new();

    private ResultsFile(FileStream stream, IReadOnlyList<GameRecord> existing)
    {
        _stream = stream;
        Existing = existing;
    }

    /// <summary>The games the file held when it was opened, in file order.</summary>
    public IReadOnlyList<GameRecord> Existing { get; }

    /// <summary>Opens (or creates) the file for appending.</summary>
    /// <exception cref="InvalidDataException">A line other than the last is not a game record.</exception>
    public static ResultsFile Open(string path)
    {
        var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read);
        try
        {
            var bytes = new byte[stream.Length];
            stream.ReadExactly(bytes);
            var records = new List<GameRecord>();
            var complete = 0; // bytes up to the end of the last complete, readable line
            var lineNumber = 0;
            var start = 0;
            while (start < bytes.Length)
            {
                lineNumber++;
                var end = Array.IndexOf(bytes, (byte)'\n', start);
                var torn = end < 0;
                var line = Encoding.UTF8.GetString(bytes, start, (torn ? bytes.Length : end) - start).TrimEnd('\r');
                var record = line.Length == 0 ? null : GameRecord.TryParse(line);
                if (torn)
                {
                    if (record is not null) { records.Add(record); complete = bytes.Length; }
                    break;
                }
                if (record is null && line.Length > 0)
                {
                    if (end + 1 < bytes.Length) throw new InvalidDataException($"{path}:{lineNumber}: not a game record");
                    break; // a last line that is complete but unreadable is as good as torn
                }
                if (record is not null) records.Add(record);
                complete = end + 1;
                start = end + 1;
            }

            stream.SetLength(complete);
            stream.Seek(0, SeekOrigin.End);
            if (complete > 0 && bytes[complete - 1] != (byte)'\n') stream.WriteByte((byte)'\n');
            stream.Flush(flushToDisk: true);
            return new ResultsFile(stream, records);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    /// <summary>Appends one finished game and flushes it to disk before returning.</summary>
    public void Append(GameRecord record)
    {
        var line = Encoding.UTF8.GetBytes(record.ToJsonLine() + "\n");
        lock (_gate)
        {
            _stream.Write(line);
            _stream.Flush(flushToDisk: true);
        }
    }

    public void Dispose() => _stream.Dispose();
}
