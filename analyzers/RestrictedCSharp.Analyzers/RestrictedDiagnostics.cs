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

        public static readonly DiagnosticDescriptor SymbolDenied = RcxCatalog.SymbolDenied.ToDescriptor();
        public static readonly DiagnosticDescriptor SymbolNotAllowed = RcxCatalog.SymbolNotAllowed.ToDescriptor();
        public static readonly DiagnosticDescriptor SymbolUsesRefusedType = RcxCatalog.SymbolUsesRefusedType.ToDescriptor();
        public static readonly DiagnosticDescriptor AsynchronousDelegateCall = RcxCatalog.AsynchronousDelegateCall.ToDescriptor();
        public static readonly DiagnosticDescriptor UnsafeCode = RcxCatalog.UnsafeCode.ToDescriptor();
        public static readonly DiagnosticDescriptor Pointers = RcxCatalog.Pointers.ToDescriptor();
        public static readonly DiagnosticDescriptor Fixed = RcxCatalog.Fixed.ToDescriptor();
        public static readonly DiagnosticDescriptor Stackalloc = RcxCatalog.Stackalloc.ToDescriptor();
        public static readonly DiagnosticDescriptor FunctionPointers = RcxCatalog.FunctionPointers.ToDescriptor();
        public static readonly DiagnosticDescriptor RefKeywords = RcxCatalog.RefKeywords.ToDescriptor();
        public static readonly DiagnosticDescriptor ExternMethods = RcxCatalog.ExternMethods.ToDescriptor();
        public static readonly DiagnosticDescriptor NativeImport = RcxCatalog.NativeImport.ToDescriptor();
        public static readonly DiagnosticDescriptor Finalizers = RcxCatalog.Finalizers.ToDescriptor();
        public static readonly DiagnosticDescriptor Dynamic = RcxCatalog.Dynamic.ToDescriptor();
        public static readonly DiagnosticDescriptor Async = RcxCatalog.Async.ToDescriptor();
        public static readonly DiagnosticDescriptor Lock = RcxCatalog.Lock.ToDescriptor();
        public static readonly DiagnosticDescriptor Goto = RcxCatalog.Goto.ToDescriptor();
        public static readonly DiagnosticDescriptor EventDeclarations = RcxCatalog.EventDeclarations.ToDescriptor();
        public static readonly DiagnosticDescriptor TypeComparison = RcxCatalog.TypeComparison.ToDescriptor();
        public static readonly DiagnosticDescriptor ModuleInitializer = RcxCatalog.ModuleInitializer.ToDescriptor();
        public static readonly DiagnosticDescriptor UnsafeAccessor = RcxCatalog.UnsafeAccessor.ToDescriptor();
        public static readonly DiagnosticDescriptor StructLayout = RcxCatalog.StructLayout.ToDescriptor();
        public static readonly DiagnosticDescriptor SkipLocalsInit = RcxCatalog.SkipLocalsInit.ToDescriptor();
        public static readonly DiagnosticDescriptor MethodImpl = RcxCatalog.MethodImpl.ToDescriptor();
        public static readonly DiagnosticDescriptor InlineArray = RcxCatalog.InlineArray.ToDescriptor();
        public static readonly DiagnosticDescriptor AssemblyAttributes = RcxCatalog.AssemblyAttributes.ToDescriptor();
        public static readonly DiagnosticDescriptor GuardNamespace = RcxCatalog.GuardNamespace.ToDescriptor();
        public static readonly DiagnosticDescriptor ReservedIdentifier = RcxCatalog.ReservedIdentifier.ToDescriptor();
        public static readonly DiagnosticDescriptor ReservedNamespace = RcxCatalog.ReservedNamespace.ToDescriptor();
        public static readonly DiagnosticDescriptor ShadowingName = RcxCatalog.ShadowingName.ToDescriptor();
        public static readonly DiagnosticDescriptor HashCodeNotDeterministic = RcxCatalog.HashCodeNotDeterministic.ToDescriptor();
        public static readonly DiagnosticDescriptor ConstructorConstraintRefused = RcxCatalog.ConstructorConstraintRefused.ToDescriptor();
        public static readonly DiagnosticDescriptor EqualsWithoutDeterministicHash = RcxCatalog.EqualsWithoutDeterministicHash.ToDescriptor();
        public static readonly DiagnosticDescriptor StackFrameTooLarge = RcxCatalog.StackFrameTooLarge.ToDescriptor();
        public static readonly DiagnosticDescriptor SizedMethodGroup = RcxCatalog.SizedMethodGroup.ToDescriptor();
        public static readonly DiagnosticDescriptor UnchargeableReceiver = RcxCatalog.UnchargeableReceiver.ToDescriptor();
        public static readonly DiagnosticDescriptor DerivedCollectionCount = RcxCatalog.DerivedCollectionCount.ToDescriptor();
        public static readonly DiagnosticDescriptor ValueTypeTooLarge = RcxCatalog.ValueTypeTooLarge.ToDescriptor();
        public static readonly DiagnosticDescriptor SpanBufferTooLong = RcxCatalog.SpanBufferTooLong.ToDescriptor();
        public static readonly DiagnosticDescriptor TypeArgumentTooLarge = RcxCatalog.TypeArgumentTooLarge.ToDescriptor();
        public static readonly DiagnosticDescriptor UnboundedSynthesizedMembers = RcxCatalog.UnboundedSynthesizedMembers.ToDescriptor();
        public static readonly DiagnosticDescriptor UnboundedLibraryStructure = RcxCatalog.UnboundedLibraryStructure.ToDescriptor();
        public static readonly DiagnosticDescriptor ExpandingGenericRecursion = RcxCatalog.ExpandingGenericRecursion.ToDescriptor();
        public static readonly DiagnosticDescriptor RulesFileError = RcxCatalog.RulesFileError.ToDescriptor();
        public static readonly DiagnosticDescriptor SourceTooLarge = RcxCatalog.SourceTooLarge.ToDescriptor();
        public static readonly DiagnosticDescriptor TooManyFiles = RcxCatalog.TooManyFiles.ToDescriptor();
        public static readonly DiagnosticDescriptor LineTooLong = RcxCatalog.LineTooLong.ToDescriptor();
        public static readonly DiagnosticDescriptor NestingTooDeep = RcxCatalog.NestingTooDeep.ToDescriptor();
        public static readonly DiagnosticDescriptor InvalidSourceText = RcxCatalog.InvalidSourceText.ToDescriptor();
        public static readonly DiagnosticDescriptor NoSourceFiles = RcxCatalog.NoSourceFiles.ToDescriptor();
        public static readonly DiagnosticDescriptor SyntaxTooDeep = RcxCatalog.SyntaxTooDeep.ToDescriptor();
        public static readonly DiagnosticDescriptor ValidationTooSlow = RcxCatalog.ValidationTooSlow.ToDescriptor();
        public static readonly DiagnosticDescriptor ValidationTooLarge = RcxCatalog.ValidationTooLarge.ToDescriptor();
        public static readonly DiagnosticDescriptor LambdaNestingTooDeep = RcxCatalog.LambdaNestingTooDeep.ToDescriptor();
        public static readonly DiagnosticDescriptor ConstantStringsTooLong = RcxCatalog.ConstantStringsTooLong.ToDescriptor();
        public static readonly DiagnosticDescriptor AssemblyTooLarge = RcxCatalog.AssemblyTooLarge.ToDescriptor();
        public static readonly DiagnosticDescriptor RewriteFailed = RcxCatalog.RewriteFailed.ToDescriptor();
        public static readonly DiagnosticDescriptor AuditRefusedReference = RcxCatalog.AuditRefusedReference.ToDescriptor();
        public static readonly DiagnosticDescriptor AuditNativeCode = RcxCatalog.AuditNativeCode.ToDescriptor();
        public static readonly DiagnosticDescriptor AuditUnsafeSignature = RcxCatalog.AuditUnsafeSignature.ToDescriptor();
        public static readonly DiagnosticDescriptor AuditIndirectCall = RcxCatalog.AuditIndirectCall.ToDescriptor();
        public static readonly DiagnosticDescriptor AuditStackAllocation = RcxCatalog.AuditStackAllocation.ToDescriptor();
        public static readonly DiagnosticDescriptor AuditExplicitLayout = RcxCatalog.AuditExplicitLayout.ToDescriptor();
        public static readonly DiagnosticDescriptor AuditFinalizer = RcxCatalog.AuditFinalizer.ToDescriptor();
        public static readonly DiagnosticDescriptor AuditModuleCode = RcxCatalog.AuditModuleCode.ToDescriptor();
        public static readonly DiagnosticDescriptor AuditInvalidAssembly = RcxCatalog.AuditInvalidAssembly.ToDescriptor();
        public static readonly DiagnosticDescriptor AuditMisdirectedToolchainReference = RcxCatalog.AuditMisdirectedToolchainReference.ToDescriptor();
        public static readonly DiagnosticDescriptor AuditReservedDefinition = RcxCatalog.AuditReservedDefinition.ToDescriptor();
        public static readonly DiagnosticDescriptor AuditInlineArrayBounds = RcxCatalog.AuditInlineArrayBounds.ToDescriptor();
        public static readonly DiagnosticDescriptor AuditAsynchronousDelegateCall = RcxCatalog.AuditAsynchronousDelegateCall.ToDescriptor();

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

        /// <summary>Every descriptor, in ID order.</summary>
        public static ImmutableArray<DiagnosticDescriptor> All { get; } = ImmutableArray.Create(
            SymbolDenied, SymbolNotAllowed, SymbolUsesRefusedType, AsynchronousDelegateCall,
            UnsafeCode, Pointers, Fixed, Stackalloc, FunctionPointers, RefKeywords, ExternMethods, NativeImport,
            Finalizers, Dynamic, Async, Lock, Goto, EventDeclarations, TypeComparison,
            ModuleInitializer, UnsafeAccessor, StructLayout, SkipLocalsInit, MethodImpl, InlineArray, AssemblyAttributes,
            GuardNamespace, ReservedIdentifier, ReservedNamespace, ShadowingName,
            HashCodeNotDeterministic, ConstructorConstraintRefused, EqualsWithoutDeterministicHash,
            StackFrameTooLarge, SizedMethodGroup, UnchargeableReceiver, DerivedCollectionCount, ValueTypeTooLarge, SpanBufferTooLong, TypeArgumentTooLarge,
            UnboundedSynthesizedMembers, UnboundedLibraryStructure, ExpandingGenericRecursion,
            RulesFileError,
            SourceTooLarge, TooManyFiles, LineTooLong, NestingTooDeep, InvalidSourceText, NoSourceFiles, SyntaxTooDeep,
            ValidationTooSlow, ValidationTooLarge, LambdaNestingTooDeep, ConstantStringsTooLong, AssemblyTooLarge,
            RewriteFailed,
            AuditRefusedReference, AuditNativeCode, AuditUnsafeSignature, AuditIndirectCall, AuditStackAllocation,
            AuditExplicitLayout, AuditFinalizer, AuditModuleCode, AuditInvalidAssembly,
            AuditMisdirectedToolchainReference, AuditReservedDefinition, AuditInlineArrayBounds, AuditAsynchronousDelegateCall);

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
