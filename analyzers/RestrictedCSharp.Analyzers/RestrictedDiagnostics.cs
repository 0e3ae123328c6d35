using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using RestrictedCSharp.Rules;

namespace RestrictedCSharp.Analyzers
{
    /// <summary>
    /// The analyzer's descriptors of every RCX diagnostic, made from <see cref="RcxCatalog"/> (ids, titles, messages,
    /// categories and help pages are decided there, once for every reporter). Arguments of each message are
    /// documented on its catalog entry.
    /// </summary>
    public static class RestrictedDiagnostics
    {
        public const string HelpLinkBase = RcxCatalog.HelpLinkBase;

        // Declared first: the fields below take their descriptor from it, so each entry has exactly one.
        private static readonly ImmutableDictionary<RcxDiagnostic, DiagnosticDescriptor> ByEntry =
            RcxCatalog.All.ToImmutableDictionary(entry => entry, entry => entry.ToDescriptor());

        public static readonly DiagnosticDescriptor SymbolDenied = Of(RcxCatalog.SymbolDenied);
        public static readonly DiagnosticDescriptor SymbolNotAllowed = Of(RcxCatalog.SymbolNotAllowed);
        public static readonly DiagnosticDescriptor SymbolUsesRefusedType = Of(RcxCatalog.SymbolUsesRefusedType);
        public static readonly DiagnosticDescriptor AsynchronousDelegateCall = Of(RcxCatalog.AsynchronousDelegateCall);
        public static readonly DiagnosticDescriptor UnsafeCode = Of(RcxCatalog.UnsafeCode);
        public static readonly DiagnosticDescriptor Pointers = Of(RcxCatalog.Pointers);
        public static readonly DiagnosticDescriptor Fixed = Of(RcxCatalog.Fixed);
        public static readonly DiagnosticDescriptor Stackalloc = Of(RcxCatalog.Stackalloc);
        public static readonly DiagnosticDescriptor FunctionPointers = Of(RcxCatalog.FunctionPointers);
        public static readonly DiagnosticDescriptor RefKeywords = Of(RcxCatalog.RefKeywords);
        public static readonly DiagnosticDescriptor ExternMethods = Of(RcxCatalog.ExternMethods);
        public static readonly DiagnosticDescriptor NativeImport = Of(RcxCatalog.NativeImport);
        public static readonly DiagnosticDescriptor Finalizers = Of(RcxCatalog.Finalizers);
        public static readonly DiagnosticDescriptor Dynamic = Of(RcxCatalog.Dynamic);
        public static readonly DiagnosticDescriptor Async = Of(RcxCatalog.Async);
        public static readonly DiagnosticDescriptor Lock = Of(RcxCatalog.Lock);
        public static readonly DiagnosticDescriptor Goto = Of(RcxCatalog.Goto);
        public static readonly DiagnosticDescriptor EventDeclarations = Of(RcxCatalog.EventDeclarations);
        public static readonly DiagnosticDescriptor TypeComparison = Of(RcxCatalog.TypeComparison);
        public static readonly DiagnosticDescriptor ModuleInitializer = Of(RcxCatalog.ModuleInitializer);
        public static readonly DiagnosticDescriptor UnsafeAccessor = Of(RcxCatalog.UnsafeAccessor);
        public static readonly DiagnosticDescriptor StructLayout = Of(RcxCatalog.StructLayout);
        public static readonly DiagnosticDescriptor SkipLocalsInit = Of(RcxCatalog.SkipLocalsInit);
        public static readonly DiagnosticDescriptor MethodImpl = Of(RcxCatalog.MethodImpl);
        public static readonly DiagnosticDescriptor InlineArray = Of(RcxCatalog.InlineArray);
        public static readonly DiagnosticDescriptor AssemblyAttributes = Of(RcxCatalog.AssemblyAttributes);
        public static readonly DiagnosticDescriptor GuardNamespace = Of(RcxCatalog.GuardNamespace);
        public static readonly DiagnosticDescriptor ReservedIdentifier = Of(RcxCatalog.ReservedIdentifier);
        public static readonly DiagnosticDescriptor ReservedNamespace = Of(RcxCatalog.ReservedNamespace);
        public static readonly DiagnosticDescriptor ShadowingName = Of(RcxCatalog.ShadowingName);
        public static readonly DiagnosticDescriptor HashCodeNotDeterministic = Of(RcxCatalog.HashCodeNotDeterministic);
        public static readonly DiagnosticDescriptor ConstructorConstraintRefused = Of(RcxCatalog.ConstructorConstraintRefused);
        public static readonly DiagnosticDescriptor EqualsWithoutDeterministicHash = Of(RcxCatalog.EqualsWithoutDeterministicHash);
        public static readonly DiagnosticDescriptor StackFrameTooLarge = Of(RcxCatalog.StackFrameTooLarge);
        public static readonly DiagnosticDescriptor SizedMethodGroup = Of(RcxCatalog.SizedMethodGroup);
        public static readonly DiagnosticDescriptor UnchargeableReceiver = Of(RcxCatalog.UnchargeableReceiver);
        public static readonly DiagnosticDescriptor DerivedCollectionCount = Of(RcxCatalog.DerivedCollectionCount);
        public static readonly DiagnosticDescriptor ValueTypeTooLarge = Of(RcxCatalog.ValueTypeTooLarge);
        public static readonly DiagnosticDescriptor SpanBufferTooLong = Of(RcxCatalog.SpanBufferTooLong);
        public static readonly DiagnosticDescriptor TypeArgumentTooLarge = Of(RcxCatalog.TypeArgumentTooLarge);
        public static readonly DiagnosticDescriptor UnboundedSynthesizedMembers = Of(RcxCatalog.UnboundedSynthesizedMembers);
        public static readonly DiagnosticDescriptor UnboundedLibraryStructure = Of(RcxCatalog.UnboundedLibraryStructure);
        public static readonly DiagnosticDescriptor ExpandingGenericRecursion = Of(RcxCatalog.ExpandingGenericRecursion);
        public static readonly DiagnosticDescriptor RulesFileError = Of(RcxCatalog.RulesFileError);
        public static readonly DiagnosticDescriptor SourceTooLarge = Of(RcxCatalog.SourceTooLarge);
        public static readonly DiagnosticDescriptor TooManyFiles = Of(RcxCatalog.TooManyFiles);
        public static readonly DiagnosticDescriptor LineTooLong = Of(RcxCatalog.LineTooLong);
        public static readonly DiagnosticDescriptor NestingTooDeep = Of(RcxCatalog.NestingTooDeep);
        public static readonly DiagnosticDescriptor InvalidSourceText = Of(RcxCatalog.InvalidSourceText);
        public static readonly DiagnosticDescriptor NoSourceFiles = Of(RcxCatalog.NoSourceFiles);
        public static readonly DiagnosticDescriptor SyntaxTooDeep = Of(RcxCatalog.SyntaxTooDeep);
        public static readonly DiagnosticDescriptor ValidationTooSlow = Of(RcxCatalog.ValidationTooSlow);
        public static readonly DiagnosticDescriptor ValidationTooLarge = Of(RcxCatalog.ValidationTooLarge);
        public static readonly DiagnosticDescriptor LambdaNestingTooDeep = Of(RcxCatalog.LambdaNestingTooDeep);
        public static readonly DiagnosticDescriptor ConstantStringsTooLong = Of(RcxCatalog.ConstantStringsTooLong);
        public static readonly DiagnosticDescriptor AssemblyTooLarge = Of(RcxCatalog.AssemblyTooLarge);
        public static readonly DiagnosticDescriptor RewriteFailed = Of(RcxCatalog.RewriteFailed);
        public static readonly DiagnosticDescriptor AuditRefusedReference = Of(RcxCatalog.AuditRefusedReference);
        public static readonly DiagnosticDescriptor AuditNativeCode = Of(RcxCatalog.AuditNativeCode);
        public static readonly DiagnosticDescriptor AuditUnsafeSignature = Of(RcxCatalog.AuditUnsafeSignature);
        public static readonly DiagnosticDescriptor AuditIndirectCall = Of(RcxCatalog.AuditIndirectCall);
        public static readonly DiagnosticDescriptor AuditStackAllocation = Of(RcxCatalog.AuditStackAllocation);
        public static readonly DiagnosticDescriptor AuditExplicitLayout = Of(RcxCatalog.AuditExplicitLayout);
        public static readonly DiagnosticDescriptor AuditFinalizer = Of(RcxCatalog.AuditFinalizer);
        public static readonly DiagnosticDescriptor AuditModuleCode = Of(RcxCatalog.AuditModuleCode);
        public static readonly DiagnosticDescriptor AuditInvalidAssembly = Of(RcxCatalog.AuditInvalidAssembly);
        public static readonly DiagnosticDescriptor AuditMisdirectedToolchainReference = Of(RcxCatalog.AuditMisdirectedToolchainReference);
        public static readonly DiagnosticDescriptor AuditReservedDefinition = Of(RcxCatalog.AuditReservedDefinition);
        public static readonly DiagnosticDescriptor AuditInlineArrayBounds = Of(RcxCatalog.AuditInlineArrayBounds);
        public static readonly DiagnosticDescriptor AuditAsynchronousDelegateCall = Of(RcxCatalog.AuditAsynchronousDelegateCall);

        private static readonly ImmutableDictionary<LanguageFeature, DiagnosticDescriptor> ByFeature =
            new Dictionary<LanguageFeature, DiagnosticDescriptor>
            {
                [LanguageFeature.Unsafe] = UnsafeCode,
                [LanguageFeature.Pointers] = Pointers,
                [LanguageFeature.Fixed] = Fixed,
                [LanguageFeature.Stackalloc] = Stackalloc,
                [LanguageFeature.FunctionPointers] = FunctionPointers,
                [LanguageFeature.RefKeywords] = RefKeywords,
                [LanguageFeature.Extern] = ExternMethods,
                [LanguageFeature.NativeImport] = NativeImport,
                [LanguageFeature.Finalizers] = Finalizers,
                [LanguageFeature.Dynamic] = Dynamic,
                [LanguageFeature.Async] = Async,
                [LanguageFeature.Lock] = Lock,
                [LanguageFeature.Goto] = Goto,
                [LanguageFeature.Events] = EventDeclarations,
                [LanguageFeature.TypeComparison] = TypeComparison,
                [LanguageFeature.ModuleInitializer] = ModuleInitializer,
                [LanguageFeature.UnsafeAccessor] = UnsafeAccessor,
                [LanguageFeature.StructLayout] = StructLayout,
                [LanguageFeature.SkipLocalsInit] = SkipLocalsInit,
                [LanguageFeature.MethodImpl] = MethodImpl,
                [LanguageFeature.InlineArray] = InlineArray,
                [LanguageFeature.AssemblyAttributes] = AssemblyAttributes,
            }.ToImmutableDictionary();

        /// <summary>Every descriptor, in the catalog's order.</summary>
        public static ImmutableArray<DiagnosticDescriptor> All { get; } = RcxCatalog.All.Select(Of).ToImmutableArray();

        private static DiagnosticDescriptor Of(RcxDiagnostic entry) => ByEntry[entry];

        /// <summary>The descriptor of the diagnostic that reports <paramref name="feature"/>.</summary>
        public static DiagnosticDescriptor For(LanguageFeature feature) =>
            ByFeature.TryGetValue(feature, out var descriptor)
                ? descriptor
                : throw new ArgumentOutOfRangeException(nameof(feature), feature, "no diagnostic reports this feature");

        /// <summary>The descriptor for a refused symbol's verdict.</summary>
        public static DiagnosticDescriptor For(VerdictKind verdict) => verdict switch
        {
            VerdictKind.DeniedByRule => SymbolDenied,
            VerdictKind.NotAllowlisted => SymbolNotAllowed,
            VerdictKind.UsesDeniedType => SymbolUsesRefusedType,
            _ => throw new ArgumentOutOfRangeException(nameof(verdict), verdict, "an allowed symbol has no diagnostic"),
        };

        internal static ImmutableArray<DiagnosticDescriptor> Features { get; } =
            ByFeature.Values.OrderBy(d => d.Id, StringComparer.Ordinal).ToImmutableArray();
    }
}
