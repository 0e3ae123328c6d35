using Microsoft.AspNetCore.Http;

namespace RestrictedCSharp.Arena.Api;

/// <summary>The API's refusals, each an RFC 7807 problem detail with a stable title per kind.</summary>
public static class Problems
{
    public static IResult BadRequest(string detail) => Results.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: "Bad request");

    public static IResult Unauthorized(string detail = "this needs an author's token: Authorization: Bearer TOKEN") =>
        new WithHeader(Results.Problem(detail, statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized"), "WWW-Authenticate", "Bearer");

    public static IResult Forbidden(string detail) => Results.Problem(detail, statusCode: StatusCodes.Status403Forbidden, title: "Forbidden");

    public static IResult NotFound(string detail) => Results.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: "Not found");

    public static IResult Conflict(string detail) => Results.Problem(detail, statusCode: StatusCodes.Status409Conflict, title: "Conflict");

    public static IResult TooLarge(string detail) => Results.Problem(detail, statusCode: StatusCodes.Status413PayloadTooLarge, title: "Request too large");

    public static IResult Unprocessable(string detail) => Results.Problem(detail, statusCode: StatusCodes.Status422UnprocessableEntity, title: "Unprocessable");

    public static IResult TooMany(string detail) => Results.Problem(detail, statusCode: StatusCodes.Status429TooManyRequests, title: "Too many requests");

    private sealed class WithHeader(IResult inner, string name, string value) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.Headers[name] = value;
            return inner.ExecuteAsync(httpContext);
        }
    }
}
