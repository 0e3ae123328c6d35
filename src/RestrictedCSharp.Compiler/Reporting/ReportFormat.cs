namespace RestrictedCSharp.Compiler.Reporting;

/// <summary>The output formats of a validation report.</summary>
public enum ReportFormat
{
    /// <summary>MSBuild-style lines: <c>path(line,col): error RCX0001: message</c>.</summary>
    Text,

    /// <summary>One JSON object: <c>{"accepted": bool, "diagnostics": [...]}</c>.</summary>
    Json,

    /// <summary>SARIF 2.1.0, shaped as the C# compiler's <c>/errorlog</c> writes it.</summary>
    Sarif,
}
