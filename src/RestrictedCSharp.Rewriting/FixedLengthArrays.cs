using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace RestrictedCSharp.Rewriting;

/// <summary>
/// The bot's lookup tables: <c>static readonly</c> array fields whose length their declaration
/// states, such as <c>static readonly int[] Dx = { 1, 0, -1, 0 };</c>. An array's length never
/// changes, and such a field holds the array its initializer made or null: the compiler allows
/// other writes only in the type's static constructor and initializers, and a field any of those
/// mention (its own initializer included) is not a table here. So a loop bounded by a table's
/// length, or over a table, has a number of rounds known from the source (null runs none: the
/// loop throws before its first).
/// </summary>
internal sealed class FixedLengthArrays
{
    private readonly Compilation _compilation;
    private readonly Dictionary<IFieldSymbol, int?> _lengths = new(SymbolEqualityComparer.Default);

    public FixedLengthArrays(Compilation compilation) => _compilation = compilation;

    /// <summary>The length of the table that <paramref name="expression"/> names, or null if it names none.</summary>
    public int? LengthOf(ExpressionSyntax expression, SemanticModel model)
    {
        if (expression is not (IdentifierNameSyntax or MemberAccessExpressionSyntax)
            || model.GetSymbolInfo(expression).Symbol is not IFieldSymbol { IsStatic: true, IsReadOnly: true, Type: IArrayTypeSymbol { IsSZArray: true } } field)
        {
            return null;
        }

        field = field.OriginalDefinition;
        if (!_lengths.TryGetValue(field, out var length))
        {
            length = DeclaredLength(field);
            _lengths[field] = length;
        }

        return length;
    }

    private int? DeclaredLength(IFieldSymbol field)
    {
        if (field.DeclaringSyntaxReferences is not [var reference]
            || reference.GetSyntax() is not VariableDeclaratorSyntax { Initializer.Value: var initializer } declarator
            || MentionedByTypeInitialization(field, declarator))
        {
            return null;
        }

        return initializer switch
        {
            InitializerExpressionSyntax { RawKind: (int)SyntaxKind.ArrayInitializerExpression } items => items.Expressions.Count,
            ArrayCreationExpressionSyntax { Initializer: { } items } => items.Expressions.Count,
            ImplicitArrayCreationExpressionSyntax { Initializer: var items } => items.Expressions.Count,
            CollectionExpressionSyntax collection when collection.Elements.All(e => e is ExpressionElementSyntax) => collection.Elements.Count,
            ArrayCreationExpressionSyntax { Type.RankSpecifiers: [{ Sizes: [var size] }] } => ConstantLength(size),
            _ => null,
        };
    }

    private int? ConstantLength(ExpressionSyntax size)
        => _compilation.GetSemanticModel(size.SyntaxTree).GetConstantValue(size) is { HasValue: true, Value: int length and >= 0 } ? length : null;

    /// <summary>
    /// Whether the field's name appears in its type's static constructor or in any initializer of the
    /// type (its own included), the only places that could write it. Methods, accessors and nested
    /// types cannot, so they are not read; any other member is, whole. Any mention counts, read or write.
    /// </summary>
    private static bool MentionedByTypeInitialization(IFieldSymbol field, VariableDeclaratorSyntax declarator)
    {
        foreach (var typeReference in field.ContainingType.DeclaringSyntaxReferences)
        {
            if (typeReference.GetSyntax() is not TypeDeclarationSyntax type)
            {
                return true;
            }

            var initialization = type.Members.SelectMany(member => member switch
            {
                ConstructorDeclarationSyntax constructor => constructor.Modifiers.Any(SyntaxKind.StaticKeyword) ? [constructor] : [],
                BaseMethodDeclarationSyntax or BaseTypeDeclarationSyntax or DelegateDeclarationSyntax => [],
                PropertyDeclarationSyntax property => property.Initializer is { } value ? [value] : [],
                BasePropertyDeclarationSyntax => [],
                _ => new SyntaxNode[] { member },
            });
            if (initialization.SelectMany(node => node.DescendantTokens())
                .Any(token => token.IsKind(SyntaxKind.IdentifierToken) && token.ValueText == field.Name && token != declarator.Identifier))
            {
                return true;
            }
        }

        return false;
    }
}
