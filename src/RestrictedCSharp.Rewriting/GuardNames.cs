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

    /// <summary>Catch variable added to a typed catch clause that had none.</summary>
    public const string CaughtExceptionPrefix = ReservedPrefix + "Exception";

    /// <summary>Catch variable of the typed declaration that replaces a bare <c>catch</c>.</summary>
    public const string CatchAllPrefix = ReservedPrefix + "CatchAll";

    /// <summary>Iterator flag: true while the iterator's frame is counted in the call depth.</summary>
    public const string IteratorActivePrefix = ReservedPrefix + "Active";

    /// <summary>Running element count of a multi-dimensional array creation.</summary>
    public const string ElementsPrefix = ReservedPrefix + "Elements";
}
