namespace RestrictedCSharp.Rules
{
    /// <summary>A problem in a rules file, naming the file and line so an operator can fix it.</summary>
    public sealed record RuleError(string Source, int Line, string Message)
    {
        public override string ToString() => $"{Source}({Line}): {Message}";
    }
}
