using LightCycles.Api;

namespace LightCycles.Engine;

/// <summary>Each player's seed for a match: derived from the match seed and the player index, so two bots never share one.</summary>
internal static class PlayerSeeds
{
    public static ulong For(ulong matchSeed, int player)
    {
        var state = matchSeed ^ (0xD1B54A32D192ED03UL * (ulong)(player + 1));
        return BotRandom.SplitMix64(ref state);
    }
}
