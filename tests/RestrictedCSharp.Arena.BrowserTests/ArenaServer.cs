using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace RestrictedCSharp.Arena.BrowserTests;

/// <summary>
/// The real arena host (the same builder as <c>rcsc serve</c>, the sandboxed judge included) on a real Kestrel port
/// on 127.0.0.1, with its SQLite file in a temporary folder. Ladder matches are small (an 8×8 board, 40 turns) and
/// only placement matches are played, so a test sees them end.
/// </summary>
public sealed class ArenaServer : IAsyncDisposable
{
    private readonly IHost _host;
    private readonly TempFolder _data;

    private ArenaServer(IHost host, TempFolder data, Uri address)
    {
        _host = host;
        _data = data;
        Address = address;
    }

    public Uri Address { get; }

    public string DataDirectory => _data.Path;

    /// <summary>The arena's services (its store, its registry of workers), for rows no request could make.</summary>
    public IServiceProvider Services => _host.Services;

    public static async Task<ArenaServer> StartAsync()
    {
        var data = new TempFolder("arena-browser-");
        var options = new ArenaOptions
        {
            DataDirectory = data.Path,
            MatchSlots = 1,
            JudgeSlots = 1,
            PlacementMatches = 2,
            ContinuousLadder = false,
            Settings = new Dictionary<string, IReadOnlyDictionary<string, string>>
            {
                ["lightcycles"] = new Dictionary<string, string> { ["width"] = "8", ["height"] = "8", ["max-turns"] = "40" },
            },
        };
        var host = ArenaApp.CreateHostBuilder(options, judge: null, urls: "http://127.0.0.1:0").Build();
        using var starting = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await host.StartAsync(starting.Token);
        var address = host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new ArenaServer(host, data, new Uri(address));
    }

    public Task<string> AddAuthorAsync(string name) => ArenaAuthors.AddAsync(DataDirectory, name, isOperator: false);

    /// <summary>A client of the API bearing <paramref name="token"/> (none when null).</summary>
    public HttpClient ClientFor(string? token)
    {
        var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(60) };
        if (token is not null) client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>Submits a bot through the API and returns the submission's id.</summary>
    public static async Task<long> SubmitAsync(HttpClient client, string bot, string file, string text)
    {
        var response = await client.PutAsJsonAsync($"/api/bots/{bot}", new { game = "lightcycles", files = new[] { new { name = file, text } } });
        response.StatusCode.Should().Be(System.Net.HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync());
        return (await JsonAsync(response)).GetProperty("submission").GetInt64();
    }

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();

    /// <summary>Polls <paramref name="url"/> until <paramref name="done"/> holds; fails after <paramref name="seconds"/>.</summary>
    public static async Task<JsonElement> WaitForAsync(HttpClient client, string url, Func<JsonElement, bool> done, int seconds)
    {
        var until = DateTime.UtcNow.AddSeconds(seconds);
        JsonElement last = default;
        while (DateTime.UtcNow < until)
        {
            var response = await client.GetAsync(url);
            if (response.IsSuccessStatusCode)
            {
                last = await JsonAsync(response);
                if (done(last)) return last;
            }
            await Task.Delay(250);
        }
        throw new TimeoutException($"{url} did not reach the state waited for in {seconds} s; last: {last}");
    }

    public async ValueTask DisposeAsync()
    {
        using var stopping = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            await _host.StopAsync(stopping.Token);
        }
        finally
        {
            _host.Dispose();
            _data.Dispose();
        }
    }
}
