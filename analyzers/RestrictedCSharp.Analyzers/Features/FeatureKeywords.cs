using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using RestrictedCSharp.Rules;

namespace RestrictedCSharp.Analyzers
{
    /// <summary>
    /// The language features that syntax alone identifies, each by the token that introduces it.
    /// Reported at that keyword (<c>unsafe</c>, <c>goto</c>, <c>await</c>…), except pointer and
    /// function-pointer types and pointer operations (the whole type or expression) and finalizers
    /// (<c>~Name</c>).
    /// </summary>
    internal static class FeatureKeywords
    {
        public static (LanguageFeature Feature, Location Location)? Classify(SyntaxToken token)
        {
            var parent = token.Parent;
            switch (token.Kind())
            {
                case SyntaxKind.UnsafeKeyword:
                    return At(LanguageFeature.Unsafe, token);
                case SyntaxKind.ExternKeyword when parent is not ExternAliasDirectiveSyntax:
                    return At(LanguageFeature.Extern, token);
                case SyntaxKind.FixedKeyword:
                    return At(LanguageFeature.Fixed, token);
                case SyntaxKind.StackAllocKeyword:
                    return At(LanguageFeature.Stackalloc, token);
                case SyntaxKind.MakeRefKeyword:
                case SyntaxKind.RefTypeKeyword:
                case SyntaxKind.RefValueKeyword:
                case SyntaxKind.ArgListKeyword:
                    return At(LanguageFeature.RefKeywords, token);
                case SyntaxKind.AsyncKeyword:
                case SyntaxKind.AwaitKeyword:
                    return At(LanguageFeature.Async, token);
                case SyntaxKind.LockKeyword when parent is LockStatementSyntax:
                    return At(LanguageFeature.Lock, token);
                case SyntaxKind.GotoKeyword:
                    return At(LanguageFeature.Goto, token);
                case SyntaxKind.EventKeyword when parent is EventDeclarationSyntax or EventFieldDeclarationSyntax:
                    return At(LanguageFeature.Events, token);
                case SyntaxKind.TildeToken when parent is DestructorDeclarationSyntax destructor:
                    return (LanguageFeature.Finalizers, Location.Create(token.SyntaxTree!, TextSpan.FromBounds(token.SpanStart, destructor.Identifier.Span.End)));
                case SyntaxKind.DelegateKeyword when parent is FunctionPointerTypeSyntax:
                    return At(LanguageFeature.FunctionPointers, parent);
                case SyntaxKind.AsteriskToken when parent is PointerTypeSyntax && parent.Parent is not PointerTypeSyntax:
                case SyntaxKind.AsteriskToken when parent is PrefixUnaryExpressionSyntax && parent.IsKind(SyntaxKind.PointerIndirectionExpression):
                case SyntaxKind.AmpersandToken when parent is PrefixUnaryExpressionSyntax && parent.IsKind(SyntaxKind.AddressOfExpression):
                case SyntaxKind.MinusGreaterThanToken when parent is MemberAccessExpressionSyntax:
                    return At(LanguageFeature.Pointers, parent!);
                default:
                    return null;
            }
        }

        private static (LanguageFeature, Location) At(LanguageFeature feature, SyntaxToken token) => (feature, token.GetLocation());

        private static (LanguageFeature, Location) At(LanguageFeature feature, SyntaxNode node) => (feature, node.GetLocation());
    }
}
