namespace RestrictedCSharp.Runner.Tests.Infrastructure;

/// <summary>Tests that start runner processes run one after another: the machine has two cores.</summary>
[CollectionDefinition(Name)]
public sealed class RunnerCollection
{
    public const string Name = "runners";
}
