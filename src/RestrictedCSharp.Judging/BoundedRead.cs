using System.Text;

namespace RestrictedCSharp.Judging;

/// <summary>Reads a worker's pipes to their end without holding more than a bound.</summary>
internal static class BoundedRead
{
    /// <summary>Everything up to <paramref name="limit"/> bytes; past it, <paramref name="overflow"/> is called once and the rest is drained and dropped.</summary>
    public static async Task<byte[]> AllAsync(Stream stream, int limit, Action overflow)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        var over = false;
        try
        {
            int read;
            while ((read = await stream.ReadAsync(chunk).ConfigureAwait(false)) > 0)
            {
                if (over) continue;
                if (buffer.Length + read > limit)
                {
                    over = true;
                    overflow();
                    continue;
                }
                buffer.Write(chunk, 0, read);
            }
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
        }
        return over ? [] : buffer.ToArray();
    }

    /// <summary>The last <paramref name="limit"/> bytes, as text.</summary>
    public static async Task<string> TailAsync(Stream stream, int limit)
    {
        var tail = new Queue<byte>();
        var chunk = new byte[8192];
        try
        {
            int read;
            while ((read = await stream.ReadAsync(chunk).ConfigureAwait(false)) > 0)
            {
                for (var i = 0; i < read; i++)
                {
                    tail.Enqueue(chunk[i]);
                    if (tail.Count > limit) tail.Dequeue();
                }
            }
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
        }
        return Encoding.UTF8.GetString(tail.ToArray()).Trim();
    }
}
