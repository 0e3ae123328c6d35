using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace RestrictedCSharp.Rewriting;

/// <summary>
/// The statements that charge a site's cost. The guards take an <see cref="int"/> cost; a cost
/// above that (nested small loops and leaf calls multiply) is charged in full by a
/// <c>TickLoop(int.MaxValue, 0, k)</c> of at least as many ticks, never clamped below the work.
/// Only sources built to reach such costs pay the extra call.
/// </summary>
internal static class ChargeSyntax
{
    /// <summary>Whether a cost per round fits the guards that charge rounds (<c>TickLoop</c>, <c>Iterations</c>).</summary>
    public static bool FitsOneCharge(long cost) => cost <= int.MaxValue;

    /// <summary><c>Tick(cost)</c>, or a charge of at least <paramref name="cost"/> ticks.</summary>
    public static StatementSyntax Tick(long cost)
        => FitsOneCharge(cost) ? GuardSyntax.CallStatement(GuardNames.Tick, GuardSyntax.Number(cost)) : Large(cost);

    /// <summary><c>Enter(cost)</c>, followed, for a cost above an int, by a charge of the rest.</summary>
    public static StatementSyntax[] Enter(long cost)
        => FitsOneCharge(cost)
            ? [GuardSyntax.CallStatement(GuardNames.Enter, GuardSyntax.Number(cost))]
            : [GuardSyntax.CallStatement(GuardNames.Enter, GuardSyntax.Number(1)), Large(cost - 1)];

    /// <summary><c>TickLoop(int.MaxValue, 0, k)</c>: k × int.MaxValue ≥ <paramref name="cost"/> ticks (cost ≤ 2^62).</summary>
    private static StatementSyntax Large(long cost)
    {
        long perRound = (cost + int.MaxValue - 1) / int.MaxValue;
        return GuardSyntax.CallStatement(GuardNames.TickLoop, GuardSyntax.Number(int.MaxValue), GuardSyntax.Number(0), GuardSyntax.Number(perRound));
    }
}
