namespace RestrictedCSharp.Matches.Results;

/// <summary>
/// Where a match's wall time went. Not deterministic, so never part of a result file or replay.
/// <see cref="BotMs"/> is the bots' own time inside their runners (summed over calls), <see cref="CallMs"/>
/// the same calls' round trips as the host saw them (so <c>CallMs - BotMs</c> is host and protocol),
/// <see cref="EngineMs"/> the game's views, reply reading and steps, <see cref="StartMs"/> loading the bots.
/// <see cref="FirstCallMs"/> and <see cref="FirstCallBotMs"/> are the part of the call figures spent in each
/// bot's first call, which in a fresh runner also JIT-compiles the bot and the view's deserializer.
/// </summary>
public sealed record MatchTimings(
    double TotalMs, double StartMs, double BotMs, double CallMs, double EngineMs, int RunnerProcesses,
    double FirstCallMs = 0, double FirstCallBotMs = 0)
{
    public double HostAndProtocolMs => Math.Max(0, CallMs - BotMs);
}
