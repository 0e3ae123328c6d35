using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace RestrictedCSharp.Arena.Api;

/// <summary>
/// Reads a JSON request body under the size limit, itself, so that an oversized, truncated or malformed body is
/// a problem detail (413 or 400) and never reaches model binding's exceptions.
/// </summary>
public static class RequestBody
{
    public static async Task<(T? Value, IResult? Problem)> ReadAsync<T>(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
        where T : class
    {
        if (request.ContentLength > maxBytes) return (null, TooLarge(maxBytes));
        var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        while (true)
        {
            int read;
            try
            {
                read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false);
            }
            catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
            {
                return (null, TooLarge(maxBytes));
            }
            if (read == 0) break;
            if (buffer.Length + read > maxBytes) return (null, TooLarge(maxBytes));
            buffer.Write(chunk, 0, read);
        }
        if (buffer.Length == 0) return (null, Problems.BadRequest("the request needs a JSON body"));
        try
        {
            var value = JsonSerializer.Deserialize<T>(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), ArenaJson.Options);
            return value is null ? (null, Problems.BadRequest("the body is JSON null; an object is expected")) : (value, null);
        }
        catch (JsonException e)
        {
            return (null, Problems.BadRequest($"the body is not the JSON expected: {e.Message}"));
        }
    }

    private static IResult TooLarge(int maxBytes) => Problems.TooLarge($"the body is larger than {maxBytes} bytes");
}
