using System.Text;
using RestrictedCSharp.Protocol;

namespace RestrictedCSharp.Cli;

/// <summary>
/// Everything rcsc writes to its output and error goes through <see cref="DisplayText.Neutralize"/>: whatever
/// command writes bot or source text, an escape sequence in it reaches the terminal as visible text.
/// Control characters rcsc itself means (the progress bar's carriage return) are written to <see cref="Inner"/>.
/// </summary>
internal sealed class DisplayTextWriter(TextWriter inner) : TextWriter
{
    public TextWriter Inner { get; } = inner;

    public override Encoding Encoding => Inner.Encoding;

    public override IFormatProvider FormatProvider => Inner.FormatProvider;

    [System.Diagnostics.CodeAnalysis.AllowNull]
    public override string NewLine
    {
        get => Inner.NewLine;
        set => Inner.NewLine = value;
    }

    /// <summary>The writer under any number of display wrappers.</summary>
    public static TextWriter Unwrap(TextWriter writer) => writer is DisplayTextWriter display ? Unwrap(display.Inner) : writer;

    public override void Write(char value)
    {
        if (DisplayText.IsUnsafe(value)) Inner.Write(DisplayText.Escape(value));
        else Inner.Write(value);
    }

    public override void Write(string? value)
    {
        if (value is not null) Inner.Write(DisplayText.Neutralize(value));
    }

    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    public override void Write(ReadOnlySpan<char> buffer) => Write(new string(buffer));

    public override void WriteLine() => Inner.WriteLine();

    public override void WriteLine(string? value)
    {
        Write(value);
        Inner.WriteLine();
    }

    public override Task WriteAsync(string? value)
    {
        Write(value);
        return Task.CompletedTask;
    }

    public override Task WriteLineAsync(string? value)
    {
        WriteLine(value);
        return Task.CompletedTask;
    }

    public override void Flush() => Inner.Flush();

    public override Task FlushAsync() => Inner.FlushAsync();
}
