using System.Collections.Immutable;
using RestrictedCSharp.Analyzers;
using RestrictedCSharp.Rules;

namespace RestrictedCSharp.Compiler;

/// <summary>
/// The limits checked before Roslyn sees any text: file count, total size, valid text, line length
/// and bracket nesting. Every check is linear in the size of the input, and the size is checked
/// before anything else reads the text, so hostile input costs little.
/// </summary>
internal sealed class FrontDoor
{
    private readonly long _maxBytes;
    private readonly long _maxFiles;
    private readonly long _maxLineLength;
    private readonly int _maxNesting;

    public FrontDoor(RuleSet rules)
    {
        _maxBytes = rules.GetLimit(BudgetLimit.SourceBytes);
        _maxFiles = rules.GetLimit(BudgetLimit.SourceFiles);
        _maxLineLength = rules.GetLimit(BudgetLimit.LineLength);
        _maxNesting = (int)Math.Min(int.MaxValue, rules.GetLimit(BudgetLimit.Nesting));
        MaxSyntaxDepth = (int)Math.Min(int.MaxValue, rules.GetLimit(BudgetLimit.SyntaxDepth));
        MaxLambdaDepth = (int)Math.Min(int.MaxValue, rules.GetLimit(BudgetLimit.LambdaDepth));
        MaxConstantChars = rules.GetLimit(BudgetLimit.ConstantChars);
    }

    public int MaxNesting => _maxNesting;

    /// <summary>The <c>syntax-depth</c> limit, checked on the parsed trees.</summary>
    public int MaxSyntaxDepth { get; }

    /// <summary>The <c>lambda-depth</c> limit, checked on the parsed trees.</summary>
    public int MaxLambdaDepth { get; }

    /// <summary>The <c>constant-chars</c> limit, checked on the parsed trees.</summary>
    public long MaxConstantChars { get; }

    /// <summary>The checks of the parsed trees, cheapest first; each is linear and runs before the compiler binds anything.</summary>
    public ImmutableArray<SubmissionDiagnostic> CheckTrees(ImmutableArray<Microsoft.CodeAnalysis.SyntaxTree> trees, CancellationToken cancellationToken)
    {
        var tooDeep = trees
            .Select(tree => TokenNestingCheck.Check(tree, MaxNesting, cancellationToken)
                ?? SyntaxDepthCheck.Check(tree, MaxSyntaxDepth, cancellationToken)
                ?? LambdaDepthCheck.Check(tree, MaxLambdaDepth, cancellationToken))
            .OfType<SubmissionDiagnostic>()
            .ToImmutableArray();
        if (!tooDeep.IsEmpty)
        {
            return tooDeep;
        }

        return ConstantStringCheck.Check(trees, MaxConstantChars, cancellationToken) is { } tooLong
            ? ImmutableArray.Create(tooLong)
            : ImmutableArray<SubmissionDiagnostic>.Empty;
    }

    public ImmutableArray<SubmissionDiagnostic> Check(IReadOnlyList<SourceFile> sources, CancellationToken cancellationToken)
    {
        if (sources.Count == 0)
        {
            return ImmutableArray.Create(SubmissionDescriptors.Nowhere(RestrictedDiagnostics.NoSourceFiles));
        }

        var found = ImmutableArray.CreateBuilder<SubmissionDiagnostic>();
        if (sources.Count > _maxFiles)
        {
            // Reported on the first file past the limit.
            found.Add(SubmissionDescriptors.At(
                RestrictedDiagnostics.TooManyFiles, sources[(int)_maxFiles].Path, 1, 1, 1, 1, sources.Count, _maxFiles));
        }

        var oversize = CheckTotalSize(sources, cancellationToken);
        if (oversize is not null)
        {
            // Nothing else reads an oversized submission.
            found.Add(oversize);
            return found.ToImmutable();
        }

        foreach (var source in sources)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var lines = new LineMap(source.Text);
            AddIfFound(found, CheckText(source, lines));
            AddIfFound(found, CheckLineLength(source, lines));
            AddIfFound(found, CheckNesting(source, lines, cancellationToken));
        }

        return found.ToImmutable();
    }

    /// <summary>RCX1001 with the whole size, at the character where the running total crosses the limit.</summary>
    private SubmissionDiagnostic? CheckTotalSize(IReadOnlyList<SourceFile> sources, CancellationToken cancellationToken)
    {
        long total = 0;
        (SourceFile File, int Index)? crossing = null;
        foreach (var source in sources)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var text = source.Text;
            for (var i = 0; i < text.Length; i++)
            {
                total += Utf8Length(text, i);
                if (total > _maxBytes && crossing is null)
                {
                    crossing = (source, i);
                }
            }
        }

        if (crossing is not { } at)
        {
            return null;
        }

        var (line, column) = new LineMap(at.File.Text).PositionOf(at.Index);
        return SubmissionDescriptors.At(
            RestrictedDiagnostics.SourceTooLarge, at.File.Path, line, column, line, column + 1, total, _maxBytes);
    }

    /// <summary>RCX1005 at the first NUL, undecodable byte or unpaired surrogate.</summary>
    private static SubmissionDiagnostic? CheckText(SourceFile source, LineMap lines)
    {
        var text = source.Text;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            string? problem = null;
            if (c == '\0')
            {
                problem = InvalidTextReasons.NulCharacter();
            }
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (SurrogateEscapeDecoder.IsEscapedByte(c))
            {
                problem = InvalidTextReasons.InvalidUtf8((byte)(c - 0xDC00), EncodingGuess.Guess(text));
            }
            else if (char.IsSurrogate(c))
            {
                problem = InvalidTextReasons.UnpairedSurrogate(c);
            }

            if (problem is not null)
            {
                var (line, column) = lines.PositionOf(i);
                return SubmissionDescriptors.At(RestrictedDiagnostics.InvalidSourceText, source.Path, line, column, line, column + 1, problem);
            }
        }

        return null;
    }

    /// <summary>RCX1003 on the first line over the limit, spanning the part past it.</summary>
    private SubmissionDiagnostic? CheckLineLength(SourceFile source, LineMap lines)
    {
        for (var i = 0; i < lines.LineCount; i++)
        {
            var length = lines.LengthOf(i);
            if (length > _maxLineLength)
            {
                return SubmissionDescriptors.At(
                    RestrictedDiagnostics.LineTooLong, source.Path, i + 1, (int)_maxLineLength + 1, i + 1, length + 1,
                    length, _maxLineLength);
            }
        }

        return null;
    }

    /// <summary>RCX1004 on the first bracket deeper than the limit.</summary>
    private SubmissionDiagnostic? CheckNesting(SourceFile source, LineMap lines, CancellationToken cancellationToken)
    {
        var at = BracketNestingScanner.FindTooDeep(source.Text, _maxNesting, cancellationToken);
        if (at < 0)
        {
            return null;
        }

        var (line, column) = lines.PositionOf(at);
        return SubmissionDescriptors.At(
            RestrictedDiagnostics.NestingTooDeep, source.Path, line, column, line, column + 1, (long)_maxNesting + 1, _maxNesting);
    }

    private static int Utf8Length(string text, int i)
    {
        var c = text[i];
        if (c < 0x80 || SurrogateEscapeDecoder.IsEscapedByte(c))
        {
            return 1; // an escaped byte stood for one byte of the file
        }

        if (c < 0x800)
        {
            return 2;
        }

        // A surrogate pair is four bytes: two for each half.
        return char.IsSurrogate(c) && IsPaired(text, i) ? 2 : 3;
    }

    private static bool IsPaired(string text, int i) =>
        char.IsHighSurrogate(text[i])
            ? i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])
            : i > 0 && char.IsHighSurrogate(text[i - 1]);

    private static void AddIfFound(ImmutableArray<SubmissionDiagnostic>.Builder found, SubmissionDiagnostic? diagnostic)
    {
        if (diagnostic is not null)
        {
            found.Add(diagnostic);
        }
    }
}
