using RestrictedCSharp.Matches.Registry;
using RestrictedCSharp.Sandbox;

namespace RestrictedCSharp.Judging.Worker;

/// <summary>
/// The game a worker judges for: its API assembly and rules file, resolved from the registry before the lockdown
/// (the registry and the manifests are the operator's files, and the sandbox does not grant them). The first stage
/// of the lockdown re-executes the program with the same environment, so the resolved paths, or the reason there
/// are none, travel to the sandboxed stage in variables of its own; the sandbox grants those paths only.
/// </summary>
internal sealed record WorkerGame(string Name, string? ApiAssemblyPath, string? RulesPath, string? Problem)
{
    private const string ApiVariable = "RESTRICTEDCSHARP_JUDGE_API";
    private const string RulesVariable = "RESTRICTEDCSHARP_JUDGE_RULES";
    private const string ProblemVariable = "RESTRICTEDCSHARP_JUDGE_PROBLEM";

    /// <summary>What the sandbox lets the worker read besides the runtime and its own folder: the API assembly and the
    /// rules file's folder (a rules file may include files beside it).</summary>
    public IReadOnlyList<string> ReadablePaths =>
        Problem is null ? [ApiAssemblyPath!, Path.GetDirectoryName(RulesPath!)!] : [];

    /// <summary>Call before <see cref="SandboxLockdown.Enter"/>.</summary>
    public static WorkerGame Resolve(WorkerArguments arguments)
    {
        if (SandboxLockdown.IsSecondStage) return FromEnvironment(arguments.Game);

        WorkerGame game;
        try
        {
            var registered = GameRegistry.Load(Path.GetFullPath(arguments.Registry)).Get(arguments.Game);
            game = new WorkerGame(registered.Name, registered.ApiAssemblyPath, registered.RulesPath, null);
        }
        catch (Exception e) when (e is GameRegistryException or IOException or UnauthorizedAccessException)
        {
            game = new WorkerGame(arguments.Game, null, null, e.Message);
        }
        Environment.SetEnvironmentVariable(ApiVariable, game.ApiAssemblyPath);
        Environment.SetEnvironmentVariable(RulesVariable, game.RulesPath);
        Environment.SetEnvironmentVariable(ProblemVariable, game.Problem);
        return game;
    }

    private static WorkerGame FromEnvironment(string name)
    {
        var game = new WorkerGame(
            name,
            Environment.GetEnvironmentVariable(ApiVariable),
            Environment.GetEnvironmentVariable(RulesVariable),
            Environment.GetEnvironmentVariable(ProblemVariable));
        foreach (var variable in new[] { ApiVariable, RulesVariable, ProblemVariable }) Environment.SetEnvironmentVariable(variable, null);
        return game.Problem is null && (game.ApiAssemblyPath is null || game.RulesPath is null)
            ? game with { Problem = "the game's files were not passed to the sandboxed stage" }
            : game;
    }
}
