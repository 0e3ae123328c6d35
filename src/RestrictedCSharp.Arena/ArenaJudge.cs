using RestrictedCSharp.Judging;

namespace RestrictedCSharp.Arena;

/// <summary>The judge an arena uses unless told otherwise: the sandboxed compile worker, with the arena's game registry.</summary>
public static class ArenaJudge
{
    public static ISubmissionJudge Create(ArenaGames games) =>
        throw new NotSupportedException("the sandboxed judge is not available in this build");
}
