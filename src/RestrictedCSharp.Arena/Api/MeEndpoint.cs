using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using RestrictedCSharp.Arena.Data;

namespace RestrictedCSharp.Arena.Api;

/// <summary>Who a token belongs to: the author's name, and whether they are the operator.</summary>
public sealed record Me(string Author, bool Operator);

/// <summary><c>GET /api/me</c>: the pages' sign-in box shows who is signed in, and whether the operator's views apply.</summary>
public static class MeEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/me", async (HttpContext context, ArenaDb db) =>
        {
            var author = await Caller.AuthorAsync(context, db);
            return author is null ? Problems.Unauthorized() : Results.Ok(new Me(author.Name, author.IsOperator));
        })
        .WithName("Me")
        .WithSummary("The author the token belongs to, and whether they are the operator.")
        .Produces<Me>();
}
