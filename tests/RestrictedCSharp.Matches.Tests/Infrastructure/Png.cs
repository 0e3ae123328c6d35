using System.Buffers.Binary;
using System.IO.Compression;

namespace RestrictedCSharp.Matches.Tests.Infrastructure;

/// <summary>
/// Just enough of PNG to read a browser's screenshot: 8-bit RGB or RGBA, not interlaced. The pixel data is
/// the IDAT chunks inflated with zlib, one filter byte before each row.
/// </summary>
internal sealed class Png
{
    private Png(int width, int height, byte[] rgb)
    {
        Width = width;
        Height = height;
        Rgb = rgb;
    }

    public int Width { get; }

    public int Height { get; }

    /// <summary>Three bytes per pixel, rows top to bottom.</summary>
    public byte[] Rgb { get; }

    public (byte R, byte G, byte B) this[int x, int y] => (Rgb[(y * Width + x) * 3], Rgb[(y * Width + x) * 3 + 1], Rgb[(y * Width + x) * 3 + 2]);

    public static Png Decode(byte[] file)
    {
        ReadOnlySpan<byte> signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];
        if (!file.AsSpan(0, 8).SequenceEqual(signature)) throw new InvalidDataException("not a PNG file");
        int width = 0, height = 0, channels = 0;
        using var compressed = new MemoryStream();
        for (var at = 8; at + 8 <= file.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(file.AsSpan(at));
            var type = System.Text.Encoding.ASCII.GetString(file, at + 4, 4);
            var data = file.AsSpan(at + 8, length);
            if (type == "IHDR")
            {
                width = BinaryPrimitives.ReadInt32BigEndian(data);
                height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
                var (depth, colour, interlace) = (data[8], data[9], data[12]);
                if (depth != 8 || interlace != 0 || colour is not (2 or 6))
                    throw new InvalidDataException($"unsupported PNG: depth {depth}, colour type {colour}, interlace {interlace}");
                channels = colour == 2 ? 3 : 4;
            }
            else if (type == "IDAT") compressed.Write(data);
            else if (type == "IEND") break;
            at += 12 + length;
        }
        if (channels == 0) throw new InvalidDataException("no IHDR chunk");

        compressed.Position = 0;
        using var inflated = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionMode.Decompress)) zlib.CopyTo(inflated);
        var raw = inflated.ToArray();
        var stride = width * channels;
        if (raw.Length < height * (stride + 1)) throw new InvalidDataException("the pixel data is short");

        var pixels = new byte[height * stride];
        for (var y = 0; y < height; y++)
        {
            var filter = raw[y * (stride + 1)];
            var source = raw.AsSpan(y * (stride + 1) + 1, stride);
            var row = pixels.AsSpan(y * stride, stride);
            var above = y > 0 ? pixels.AsSpan((y - 1) * stride, stride) : new byte[stride];
            for (var i = 0; i < stride; i++)
            {
                int left = i >= channels ? row[i - channels] : 0, up = above[i], upLeft = i >= channels ? above[i - channels] : 0;
                row[i] = (byte)(source[i] + filter switch
                {
                    0 => 0,
                    1 => left,
                    2 => up,
                    3 => (left + up) / 2,
                    4 => Paeth(left, up, upLeft),
                    _ => throw new InvalidDataException($"unknown filter {filter}"),
                });
            }
        }

        var rgb = new byte[width * height * 3];
        for (var p = 0; p < width * height; p++)
        {
            rgb[p * 3] = pixels[p * channels];
            rgb[p * 3 + 1] = pixels[p * channels + 1];
            rgb[p * 3 + 2] = pixels[p * channels + 2];
        }
        return new Png(width, height, rgb);
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        int pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
