using System.Collections.Frozen;
using RestrictedCSharp.Rules;

namespace RestrictedCSharp.Rewriting;

/// <summary>
/// The names the rewriter writes into bot code. Guard entry points are always fully qualified
/// from <c>global::</c>, so no declaration in bot code can shadow them, and every local the
/// rewriter declares starts with <see cref="ReservedPrefix"/>, which bot code may not use. The reserved
/// names themselves are decided once, in <see cref="ReservedNames"/>.
/// </summary>
internal static class GuardNames
{
    public const string ReservedPrefix = ReservedNames.IdentifierPrefix;
    public const string GuardNamespace = ReservedNames.GuardNamespace;
    public const string GuardType = "global::" + ReservedNames.GuardType;
    public const string GuardTypeMetadataName = ReservedNames.GuardType;

    public const string Tick = "Tick";
    public const string Enter = "Enter";
    public const string Exit = "Exit";
    public const string BeginInitializer = "BeginInitializer";
    public const string EndInitializer = "EndInitializer";
    public const string IsUncatchable = "IsUncatchable";
    public const string ArrayLength = "ArrayLength";
    public const string FirstDimension = "FirstDimension";
    public const string NextDimension = "NextDimension";
    public const string LastDimension = "LastDimension";
    public const string AllocationCount = "AllocationCount";
    public const string AllocationSequence = "AllocationSequence";
    public const string Iterations = "Iterations";
    public const string TickLoop = "TickLoop";
    public const string ProbeStack = "ProbeStack";
    public const string Walk = "Walk";
    public const string WalkAny = "WalkAny";
    public const string Pulled = "Pulled";
    public const string Consumed = "Consumed";
    public const string Appended = "Appended";
    public const string Value = "Value";
    public const string AfterCharge = "AfterCharge";
    public const string WalkMatches = "WalkMatches";

    /// <summary>
    /// The guard calls that wrap an expression of the bot and return it, by name, with the position of that
    /// argument: the inserter writes <c>Guard.Walk(list, …)</c> where the bot wrote <c>list</c>, and the stripper
    /// keeps argument 0 of it. The one table of which argument is the bot's own.
    /// </summary>
    private static readonly FrozenDictionary<string, int> WrappedArgument = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        [ArrayLength] = 0,
        [AllocationCount] = 0,
        [AllocationSequence] = 0,
        [Iterations] = 0,
        [FirstDimension] = 0,
        [NextDimension] = 0,
        [LastDimension] = 0,
        [Walk] = 0,
        [WalkAny] = 0,
        [WalkMatches] = 0,
        [Pulled] = 0,
        [Consumed] = 0,
        [Value] = 0,
        [EndInitializer] = 1,
        [Appended] = 1,
        [AfterCharge] = 1,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The position of the bot's own expression in a call of the guard member <paramref name="name"/>, or -1 when it wraps none.</summary>
    public static int KeptArgument(string? name) =>
        name is not null && WrappedArgument.TryGetValue(name, out var index) ? index : -1;

    /// <summary>Catch variable added to a typed catch clause that had none.</summary>
    public const string CaughtExceptionPrefix = ReservedPrefix + "Exception";

    /// <summary>Catch variable of the typed declaration that replaces a bare <c>catch</c>.</summary>
    public const string CatchAllPrefix = ReservedPrefix + "CatchAll";

    /// <summary>Iterator flag: true while the iterator's frame is counted in the call depth.</summary>
    public const string IteratorActivePrefix = ReservedPrefix + "Active";

    /// <summary>Running element count of a multi-dimensional array creation.</summary>
    public const string ElementsPrefix = ReservedPrefix + "Elements";
}
