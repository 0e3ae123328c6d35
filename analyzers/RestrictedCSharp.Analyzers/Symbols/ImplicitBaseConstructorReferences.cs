using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace RestrictedCSharp.Analyzers
{
    /// <summary>
    /// The base constructor a class calls without writing it: a constructor with no <c>: base(...)</c>,
    /// the implicit default constructor, and a primary constructor whose base type has no argument
    /// list. The operation tree has no node for these calls, yet <c>class Dice : Random {}</c> calls the
    /// unseeded <c>Random()</c>. Reported at the constructor's name, or else at the base type in the
    /// base list; not at all when the base type itself is refused (that is reported where it is named).
    /// </summary>
    internal static class ImplicitBaseConstructorReferences
    {
        public static void Register(CompilationStartAnalysisContext context, SymbolChecker checker)
        {
            context.RegisterSyntaxNodeAction(c => Constructor(c, checker), SyntaxKind.ConstructorDeclaration);
            context.RegisterSyntaxNodeAction(c => TypeDeclaration(c, checker), SyntaxKind.ClassDeclaration, SyntaxKind.RecordDeclaration);
        }

        private static void Constructor(SyntaxNodeAnalysisContext context, SymbolChecker checker)
        {
            var declaration = (ConstructorDeclarationSyntax)context.Node;
            if (declaration.Initializer is not null || declaration.Modifiers.Any(SyntaxKind.StaticKeyword))
            {
                return;
            }

            if (context.SemanticModel.GetDeclaredSymbol(declaration, context.CancellationToken) is { ContainingType: { TypeKind: TypeKind.Class } type }
                && ImplicitlyCalled(type, checker) is { } baseConstructor)
            {
                checker.Check(baseConstructor, declaration, declaration.Identifier.GetLocation(), context.SemanticModel, context.ReportDiagnostic);
            }
        }

        private static void TypeDeclaration(SyntaxNodeAnalysisContext context, SymbolChecker checker)
        {
            var declaration = (TypeDeclarationSyntax)context.Node;
            if (declaration is RecordDeclarationSyntax record && record.ClassOrStructKeyword.IsKind(SyntaxKind.StructKeyword))
            {
                return;
            }

            if (declaration.BaseList?.Types.FirstOrDefault() is not SimpleBaseTypeSyntax baseSyntax
                || context.SemanticModel.GetDeclaredSymbol(declaration, context.CancellationToken) is not { IsStatic: false } type
                || type.BaseType is not { } baseType
                || !SymbolEqualityComparer.Default.Equals(context.SemanticModel.GetTypeInfo(baseSyntax.Type, context.CancellationToken).Type, baseType))
            {
                return;
            }

            // A primary constructor without base arguments, or no constructor declared at all.
            var callsImplicitly = declaration.ParameterList is not null
                || type.InstanceConstructors.All(c => c.IsImplicitlyDeclared);
            if (callsImplicitly && ImplicitlyCalled(type, checker) is { } baseConstructor)
            {
                checker.Check(baseConstructor, baseSyntax, baseSyntax.Type.GetLocation(), context.SemanticModel, context.ReportDiagnostic);
            }
        }

        /// <summary>The base constructor that an argument-less <c>base()</c> binds to, as the compiler picks it.</summary>
        private static IMethodSymbol? ImplicitlyCalled(INamedTypeSymbol type, SymbolChecker checker)
        {
            if (type.BaseType is not { } baseType || !checker.Allows(baseType))
            {
                return null;
            }

            var candidates = baseType.InstanceConstructors
                .Where(c => c.DeclaredAccessibility != Accessibility.Private && c.Parameters.All(p => p.IsOptional || p.IsParams))
                .ToList();
            return candidates.FirstOrDefault(c => c.Parameters.Length == 0) ?? candidates.FirstOrDefault();
        }
    }
}
