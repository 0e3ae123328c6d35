using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace RestrictedCSharp.Analyzers
{
    /// <summary>
    /// The one place that decides where a value of one type goes on as another, so a key can be "hidden as object": the
    /// conversions the operation tree shows, and those it does not (a <c>foreach</c> variable of another type, a part of a
    /// deconstruction, a pattern's variable, a method group made a delegate with another result). <see cref="ErasedKeys"/>
    /// judges a key's own type through it, <see cref="OwnHashedParameters"/> a type parameter inside the bot's generic code.
    /// String concatenation converts only to print and is left out.
    /// </summary>
    internal static class Erasures
    {
        /// <summary>The operations <see cref="Of"/> reads; anything else yields nothing.</summary>
        public static readonly OperationKind[] Kinds =
        {
            OperationKind.Conversion, OperationKind.DeconstructionAssignment, OperationKind.DelegateCreation,
            OperationKind.DeclarationPattern, OperationKind.RecursivePattern, OperationKind.Loop,
        };

        /// <summary>Each value <paramref name="operation"/> itself turns from one type into another, and the syntax to report it at.</summary>
        public static IEnumerable<Erasure> Of(IOperation operation)
        {
            switch (operation)
            {
                case IConversionOperation { Operand.Type: { } source, Type: { } target } conversion
                    when !conversion.Conversion.IsIdentity && !conversion.Conversion.IsUserDefined && !IsFormatted(conversion):
                    yield return new Erasure(source, target, conversion.Syntax);
                    break;

                // '(object key, int n) = pair' converts each part where the tree shows no conversion.
                case IDeconstructionAssignmentOperation { Value.Type: { } source, Target: { Type: { } target } deconstructed }:
                    foreach (var part in PartWise(source, target, deconstructed.Syntax))
                    {
                        yield return part;
                    }

                    break;

                // A method group whose result is a key, made a delegate returning object ('Func<object> f = MakeKey'), converts it on each call.
                case IDelegateCreationOperation { Target: IMethodReferenceOperation reference, Type: INamedTypeSymbol { DelegateInvokeMethod: { } invoke } } creation
                    when !SymbolEqualityComparer.Default.Equals(reference.Method.ReturnType, invoke.ReturnType):
                    yield return new Erasure(reference.Method.ReturnType, invoke.ReturnType, creation.Syntax);
                    break;

                // 't is object o' (or 'case object o:') gives the value to a variable of the pattern's type.
                case IPatternOperation pattern when Declared(pattern) is ILocalSymbol local
                    && !SymbolEqualityComparer.Default.Equals(pattern.InputType, local.Type):
                    yield return new Erasure(pattern.InputType, local.Type, pattern.Syntax);
                    break;

                case IForEachLoopOperation { SemanticModel: { } model } loop:
                    foreach (var element in ForEach(loop, model))
                    {
                        yield return element;
                    }

                    break;
            }
        }

        /// <summary>
        /// Only string's own concatenation boxes a value to print it. A '+' that resolves to an operator method of the bot's
        /// (or of any type but string) hands the value to that code, whatever type it returns.
        /// </summary>
        public static bool IsFormatted(IConversionOperation conversion) =>
            conversion.Parent is IBinaryOperation { OperatorKind: BinaryOperatorKind.Add, Type.SpecialType: SpecialType.System_String } binary
            && (binary.OperatorMethod is null || binary.OperatorMethod.ContainingType?.SpecialType == SpecialType.System_String);

        // 'foreach (object o in keys)' converts each element where the tree shows no conversion; 'foreach ((object o, int n) in pairs)' each part.
        private static IEnumerable<Erasure> ForEach(IForEachLoopOperation loop, SemanticModel model)
        {
            switch (loop.Syntax)
            {
                case ForEachStatementSyntax statement:
                    var info = model.GetForEachStatementInfo(statement);
                    if (info.ElementType is { } source && model.GetDeclaredSymbol(statement) is { } variable
                        && !info.ElementConversion.IsIdentity && !info.ElementConversion.IsUserDefined)
                    {
                        yield return new Erasure(source, variable.Type, statement.Type);
                    }

                    break;

                case ForEachVariableStatementSyntax parts:
                    if (model.GetForEachStatementInfo(parts).ElementType is { } element && model.GetTypeInfo(parts.Variable).Type is { } target)
                    {
                        foreach (var part in PartWise(element, target, parts.Variable))
                        {
                            yield return part;
                        }
                    }

                    break;
            }
        }

        // Deconstruction takes the parts apart: a part converted is judged alone, not the whole it came from.
        private static IEnumerable<Erasure> PartWise(ITypeSymbol source, ITypeSymbol target, SyntaxNode site)
        {
            if (source is INamedTypeSymbol { IsTupleType: true } sourceTuple && target is INamedTypeSymbol { IsTupleType: true } targetTuple
                && sourceTuple.TupleElements.Length == targetTuple.TupleElements.Length)
            {
                for (var i = 0; i < sourceTuple.TupleElements.Length; i++)
                {
                    foreach (var part in PartWise(sourceTuple.TupleElements[i].Type, targetTuple.TupleElements[i].Type, site))
                    {
                        yield return part;
                    }
                }
            }
            else if (!SymbolEqualityComparer.Default.Equals(source, target))
            {
                yield return new Erasure(source, target, site);
            }
        }

        private static ISymbol? Declared(IPatternOperation pattern) => pattern switch
        {
            IDeclarationPatternOperation declaration => declaration.DeclaredSymbol,
            IRecursivePatternOperation recursive => recursive.DeclaredSymbol,
            _ => null,
        };
    }

    /// <summary>A value of <see cref="Source"/> going on as <see cref="Target"/>, reported at <see cref="Site"/>.</summary>
    internal readonly struct Erasure
    {
        public Erasure(ITypeSymbol source, ITypeSymbol target, SyntaxNode site)
        {
            Source = source;
            Target = target;
            Site = site;
        }

        public ITypeSymbol Source { get; }

        public ITypeSymbol Target { get; }

        public SyntaxNode Site { get; }
    }
}
