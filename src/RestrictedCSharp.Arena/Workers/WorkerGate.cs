using Microsoft.AspNetCore.Http;
using RestrictedCSharp.Arena.Api;

namespace RestrictedCSharp.Arena.Workers;

/// <summary>
/// The server's door for workers: the arena's <see cref="WorkerKey"/>, read once when the server starts (a key
/// replaced by <c>rcsc workers key --new</c> takes effect at the next start). No key file: every worker request is
/// refused (403) with how to make one. No bearer: 401. Any other bearer, an author's token included: 403.
/// </summary>
public sealed class WorkerGate(ArenaOptions options)
{
    private readonly WorkerKey? _key = WorkerKey.Load(options.DataDirectory);

    /// <summary>The refusal for <paramref name="request"/>, or null when it bears the worker key.</summary>
    public IResult? Refuse(HttpRequest request)
    {
        if (_key is null)
            return Problems.Forbidden("this arena has no worker key: create one with 'rcsc workers key --data DIR' and restart the server");
        if (!request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            return Problems.Unauthorized("this needs the arena's worker key: Authorization: Bearer KEY");
        return _key.Admits(request) ? null : Problems.Forbidden("this is not the arena's worker key");
    }
}
