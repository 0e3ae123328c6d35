namespace RestrictedCSharp.Sandbox;

/// <summary>A sandbox layer could not be applied and the policy does not allow running without it.</summary>
public sealed class SandboxUnavailableException(string message) : Exception(message);
