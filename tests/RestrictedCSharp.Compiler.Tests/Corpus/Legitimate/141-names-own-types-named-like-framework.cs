// Does: uses names like the framework's where nothing generated can reach them: a nested type System,
// a namespace Bots.RestrictedCSharp, a type Guards in its own namespace, and framework types fully qualified.
namespace Bots.RestrictedCSharp
{
    public static class Guards
    {
        public static int Clamp(int value, int low, int high) => global::System.Math.Clamp(value, low, high);
    }
}

namespace Bots
{
    public sealed class Bot
    {
        private sealed class System
        {
            public int Moves;
        }

        private readonly System _state = new();

        public int Act(int x)
        {
            _state.Moves++;
            return RestrictedCSharp.Guards.Clamp(x + _state.Moves, 0, 10);
        }
    }
}
