using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace RestrictedCSharp.Analyzers
{
    /// <summary>
    /// <c>[MethodImpl]</c> options that only hint the JIT (inline or not, optimise or not): the method's behaviour,
    /// its guards and its ticks stay the same, so they are accepted whatever <c>feature method-impl</c> says. The
    /// other options (<c>Synchronized</c>, <c>InternalCall</c>, <c>PreserveSig</c>, <c>MethodCodeType</c>…) change
    /// how the runtime calls or implements the method and need the feature.
    /// </summary>
    internal static class MethodImplHints
    {
        // MethodImplOptions.NoInlining | NoOptimization | AggressiveInlining | AggressiveOptimization.
        private const int HintMask = 0x0008 | 0x0040 | 0x0100 | 0x0200;

        /// <summary>True for <c>[MethodImpl(options)]</c> whose one constant argument has only hint bits and no named arguments.</summary>
        public static bool IsHintOnly(AttributeSyntax attribute, SemanticModel model)
        {
            if (attribute.ArgumentList is not { Arguments.Count: 1 } list
                || list.Arguments[0] is not { NameEquals: null, NameColon: null } argument)
            {
                return false;
            }

            var value = model.GetConstantValue(argument.Expression).Value;
            var bits = value switch
            {
                int i => i,
                short s => s,
                _ => -1,
            };
            return bits > 0 && (bits & ~HintMask) == 0;
        }
    }
}
