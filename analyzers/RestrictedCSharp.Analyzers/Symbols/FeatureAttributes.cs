using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using RestrictedCSharp.Rules;

namespace RestrictedCSharp.Analyzers
{
    /// <summary>
    /// Attributes that are language features (each with its own diagnostic) rather than symbols: they
    /// are reported by the feature rules only, so neither they nor their arguments are reported again
    /// as symbols. The same holds for assembly- and module-level attributes whose type the rules refuse (RCX0207).
    /// </summary>
    internal static class FeatureAttributes
    {
        // By full metadata name, whichever assembly declares it: the compiler honours these by name,
        // so a bot's own copy of, say, ModuleInitializerAttribute works just as well.
        private static readonly Dictionary<string, LanguageFeature> FeatureByName = new()
        {
            ["System.Runtime.CompilerServices.ModuleInitializerAttribute"] = LanguageFeature.ModuleInitializer,
            ["System.Runtime.CompilerServices.UnsafeAccessorAttribute"] = LanguageFeature.UnsafeAccessor,
            ["System.Runtime.InteropServices.StructLayoutAttribute"] = LanguageFeature.StructLayout,
            ["System.Runtime.InteropServices.FieldOffsetAttribute"] = LanguageFeature.StructLayout,
            ["System.Runtime.CompilerServices.SkipLocalsInitAttribute"] = LanguageFeature.SkipLocalsInit,
            ["System.Runtime.CompilerServices.MethodImplAttribute"] = LanguageFeature.MethodImpl,
            ["System.Runtime.CompilerServices.InlineArrayAttribute"] = LanguageFeature.InlineArray,
            ["System.Runtime.InteropServices.DllImportAttribute"] = LanguageFeature.NativeImport,
            ["System.Runtime.InteropServices.LibraryImportAttribute"] = LanguageFeature.NativeImport,
        };

        /// <summary>The feature an attribute is, if it is one.</summary>
        public static LanguageFeature? FeatureOf(AttributeSyntax attribute, SemanticModel model)
        {
            var type = AttributeType(attribute, model);
            if (type is null)
            {
                return null;
            }

            return FeatureByName.TryGetValue(MetadataName(type), out var feature) ? feature : null;
        }

        public static bool IsAssemblyOrModuleLevel(AttributeSyntax attribute) =>
            attribute.Parent is AttributeListSyntax { Target: { } target }
            && (target.Identifier.IsKind(SyntaxKind.AssemblyKeyword) || target.Identifier.IsKind(SyntaxKind.ModuleKeyword));

        /// <summary>The attribute <paramref name="node"/> is part of, if any.</summary>
        public static AttributeSyntax? EnclosingAttribute(SyntaxNode node)
        {
            for (var current = node; current is not null; current = current.Parent)
            {
                if (current is AttributeSyntax attribute)
                {
                    return attribute;
                }

                if (current is MemberDeclarationSyntax or StatementSyntax)
                {
                    return null;
                }
            }

            return null;
        }

        public static INamedTypeSymbol? AttributeType(AttributeSyntax attribute, SemanticModel model)
        {
            var info = model.GetSymbolInfo(attribute);
            var symbol = info.Symbol ?? (info.CandidateSymbols.Length > 0 ? info.CandidateSymbols[0] : null);
            return symbol switch
            {
                IMethodSymbol constructor => constructor.ContainingType,
                INamedTypeSymbol type => type,
                _ => model.GetTypeInfo(attribute).Type as INamedTypeSymbol,
            };
        }

        private static string MetadataName(INamedTypeSymbol type)
        {
            var ns = type.ContainingNamespace;
            return ns is null || ns.IsGlobalNamespace ? type.MetadataName : ns.ToDisplayString() + "." + type.MetadataName;
        }
    }
}
