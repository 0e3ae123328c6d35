// expect: RCX0001
// Tries: downloads a page with HttpClient.
using System.Net.Http;

public sealed class Bot
{
    public object Act() => new HttpClient().GetStringAsync("http://example.com/");
}
