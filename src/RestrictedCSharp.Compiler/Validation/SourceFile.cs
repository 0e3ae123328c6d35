namespace RestrictedCSharp.Compiler;

/// <summary>One source file of a submission: the path it is reported under, and its text.</summary>
public sealed record SourceFile(string Path, string Text);
