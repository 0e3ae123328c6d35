// expect: RCX0111
// Tries: declares an async method that awaits.
using System.Threading.Tasks;

public sealed class Bot
{
    public async Task<int> Act()
    {
        await Task.Yield();
        return 1;
    }
}
