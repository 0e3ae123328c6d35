using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace RestrictedCSharp.Analyzers
{
    /// <summary>
    /// What a record's synthesized members call for each field: <c>EqualityComparer&lt;T&gt;.Default</c> with its
    /// <c>Equals</c> and <c>GetHashCode</c> (Equals, GetHashCode), and for <c>PrintMembers</c> the value type's own
    /// <c>ToString</c> (called through <c>Object.ToString</c>) or <c>StringBuilder.Append(object)</c>. No operation
    /// names them, so they are judged at the record's name.
    /// </summary>
    internal static class RecordMemberReferences
    {
        public static void Register(CompilationStartAnalysisContext context, SymbolChecker checker)
        {
            var members = new LoweredMembers(context.Compilation);
            var comparer = context.Compilation.GetTypeByMetadataName("System.Collections.Generic.EqualityComparer`1");
            var builder = context.Compilation.GetTypeByMetadataName("System.Text.StringBuilder");
            context.RegisterSyntaxNodeAction(
                c => Record(c, checker, members, comparer, builder),
                SyntaxKind.RecordDeclaration, SyntaxKind.RecordStructDeclaration);
        }

        private static void Record(SyntaxNodeAnalysisContext context, SymbolChecker checker, LoweredMembers members, INamedTypeSymbol? comparer, INamedTypeSymbol? builder)
        {
            var declaration = (RecordDeclarationSyntax)context.Node;
            if (context.SemanticModel.GetDeclaredSymbol(declaration, context.CancellationToken) is not { } record
                || !ReferenceEquals(record.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(context.CancellationToken), declaration))
            {
                return; // a partial record is judged once
            }

            var location = declaration.Identifier.GetLocation();
            foreach (var candidate in Candidates(record, members, comparer, builder))
            {
                if (checker.RefusesImplied(candidate))
                {
                    checker.Check(candidate, declaration, location, context.SemanticModel, context.ReportDiagnostic);
                    return;
                }
            }
        }

        private static IEnumerable<ISymbol?> Candidates(INamedTypeSymbol record, LoweredMembers members, INamedTypeSymbol? comparer, INamedTypeSymbol? builder)
        {
            var printed = false;
            foreach (var type in FieldTypes(record))
            {
                if (comparer is not null)
                {
                    var constructed = comparer.Construct(type);
                    yield return constructed.GetMembers("Default").FirstOrDefault();
                    yield return constructed.GetMembers("Equals").OfType<IMethodSymbol>().FirstOrDefault(m => m.Parameters.Length == 2);
                    yield return constructed.GetMembers("GetHashCode").OfType<IMethodSymbol>().FirstOrDefault(m => m.Parameters.Length == 1);
                }

                if (type.IsValueType)
                {
                    yield return members.ObjectToString;
                    yield return members.ToStringOf(type);
                }
                else if (type.SpecialType != SpecialType.System_String)
                {
                    printed = true;
                }
            }

            if (printed && builder is not null)
            {
                yield return builder.GetMembers("Append").OfType<IMethodSymbol>().FirstOrDefault(m => m.Parameters.Length == 1 && m.Parameters[0].Type.SpecialType == SpecialType.System_Object);
            }
        }

        // The types of the record's instance fields: declared fields and the backing fields of auto-properties.
        private static IEnumerable<ITypeSymbol> FieldTypes(INamedTypeSymbol record)
        {
            foreach (var member in record.GetMembers())
            {
                switch (member)
                {
                    case IFieldSymbol { IsStatic: false, IsConst: false } field:
                        yield return field.Type;
                        break;
                    // EqualityContract is compared with Type's operators (compiler helpers), not through a comparer.
                    case IPropertySymbol { IsStatic: false, IsIndexer: false } property when property.Name != "EqualityContract" && IsAutoProperty(property):
                        yield return property.Type;
                        break;
                }
            }
        }

        private static bool IsAutoProperty(IPropertySymbol property) =>
            property.GetMethod is { } getter && getter.IsImplicitlyDeclared
            || property.DeclaringSyntaxReferences.Any(r => r.GetSyntax() is PropertyDeclarationSyntax { AccessorList: { } accessors }
                && accessors.Accessors.All(a => a.Body is null && a.ExpressionBody is null))
            || property.DeclaringSyntaxReferences.Any(r => r.GetSyntax() is ParameterSyntax);
    }
}
