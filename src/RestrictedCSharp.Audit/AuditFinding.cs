namespace RestrictedCSharp.Audit;

/// <summary>One thing the IL audit refuses, and where in the assembly it is.</summary>
/// <param name="Id">The ID of an audit entry of <see cref="Rules.RcxCatalog"/> (<c>RCX3nnn</c>).</param>
/// <param name="Message">One sentence naming the construct and the reason.</param>
/// <param name="Location">Where it is: a type, member or metadata table row, in readable form.</param>
public sealed record AuditFinding(string Id, string Message, string Location)
{
    public override string ToString() => $"{Location}: error {Id}: {Message}";
}
