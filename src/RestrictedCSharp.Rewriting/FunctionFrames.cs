using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using RestrictedCSharp.Rules;

namespace RestrictedCSharp.Rewriting;

/// <summary>
/// The estimated stack frame of each function of one compilation (see <see cref="StackFrameEstimator"/>,
/// shared with the analyzer): a function above <see cref="StackFrameEstimator.ProbeAboveBytes"/> gets a
/// counted frame and probes the real stack on entry, however small its work.
/// </summary>
internal sealed class FunctionFrames
{
    private readonly StackFrameEstimator _estimator = new();
    private readonly Dictionary<SyntaxNode, long> _bytes = new();

    /// <summary>The frame of the function with <paramref name="body"/> (a block, an arrow clause or a lambda's expression).</summary>
    public long Bytes(SemanticModel model, SyntaxNode? body, IMethodSymbol? symbol)
    {
        if (body is null)
        {
            return _estimator.FrameBytes(symbol, null);
        }

        if (!_bytes.TryGetValue(body, out long bytes))
        {
            var operation = body is ArrowExpressionClauseSyntax arrow ? model.GetOperation(arrow.Expression) : model.GetOperation(body);
            bytes = _estimator.FrameBytes(symbol, operation);
            _bytes[body] = bytes;
        }

        return bytes;
    }

    public bool NeedsProbe(SemanticModel model, SyntaxNode? body, IMethodSymbol? symbol)
        => Bytes(model, body, symbol) > StackFrameEstimator.ProbeAboveBytes;
}
