using System.Text.Json;
using RestrictedCSharp.Matches;
using RestrictedCSharp.Rules;

namespace RestrictedCSharp.Arena.Play;

/// <summary>A match's budgets as they are recorded with it, so the match can be played again under the same ones.</summary>
public sealed record BudgetsRecord(long TicksPerTurn, int CallDepth, long AllocatedBytes, int MemoryMb, int TimeoutMs, long BankCap, int MaxFailures)
{
    public static BudgetsRecord From(MatchBudgets budgets) => new(
        budgets.Bot.Ticks, budgets.Bot.CallDepth, budgets.Bot.AllocatedBytes, budgets.Bot.MemoryMb, budgets.Bot.TimeoutMs, budgets.BankCap, budgets.MaxFailures);

    public MatchBudgets ToBudgets() => new(new BotBudgets(TicksPerTurn, CallDepth, AllocatedBytes, MemoryMb, TimeoutMs), BankCap, MaxFailures);

    public string ToJson() => JsonSerializer.Serialize(this, ArenaJson.Options);

    public static BudgetsRecord FromJson(string json) =>
        JsonSerializer.Deserialize<BudgetsRecord>(json, ArenaJson.Options) ?? throw new InvalidDataException("a match's budgets are missing");
}

/// <summary>Settings as they are recorded with a match.</summary>
public static class SettingsRecord
{
    public static string ToJson(IReadOnlyDictionary<string, string> settings) =>
        JsonSerializer.Serialize(new SortedDictionary<string, string>(settings.ToDictionary(), StringComparer.Ordinal), ArenaJson.Options);

    public static IReadOnlyDictionary<string, string> FromJson(string json) =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(json, ArenaJson.Options) ?? [];
}
