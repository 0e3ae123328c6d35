using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using RestrictedCSharp.Arena.Data;

namespace RestrictedCSharp.Arena.Api;

/// <summary>Who is asking: the author whose token the request bears (<c>Authorization: Bearer TOKEN</c>), if any.</summary>
public static class Caller
{
    /// <summary>The author, or null when the request bears no token or one that is no author's.</summary>
    public static async Task<Author?> AuthorAsync(HttpContext context, ArenaDb db)
    {
        var header = context.Request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        if (!header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase)) return null;
        var token = header[scheme.Length..].Trim();
        if (token.Length is 0 or > 256) return null;
        var hash = Tokens.Hash(token);
        return await db.Authors.AsNoTracking().SingleOrDefaultAsync(a => a.TokenHash == hash, context.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>The client's address, the key of the per-client limits (checks a minute, one check at a time).</summary>
    public static string Address(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    /// <summary>True when <paramref name="author"/> may read what belongs to <paramref name="ownerId"/>: the owner and the operator.</summary>
    public static bool MayRead(Author author, long ownerId) => author.Id == ownerId || author.IsOperator;
}
