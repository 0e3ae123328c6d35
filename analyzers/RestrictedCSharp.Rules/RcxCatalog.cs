using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace RestrictedCSharp.Rules
{
    /// <summary>
    /// Every diagnostic RestrictedCSharp reports, in one place (the table in docs/DIAGNOSTICS.md): the analyzer
    /// makes its descriptors from these entries, the rewriter the descriptors of the checks it repeats, and the IL
    /// audit reports its findings under them. Plain data, so the audit, which uses no compiler, reads the same
    /// catalog. Every entry is an error that no configuration of the submission can lower or hide.
    /// </summary>
    public static class RcxCatalog
    {
        /// <summary>Where the help pages are: the help link of an entry is this, its ID and <c>.md</c>.</summary>
        public const string HelpLinkBase = "https://github.com/RestrictedCSharp/RestrictedCSharp/blob/main/docs/rules/";

        /// <summary>The prefix of every ID (<c>RCS</c> belongs to Roslynator).</summary>
        public const string IdPrefix = "RCX";

        private const string SymbolsCategory = "Symbols";
        private const string LanguageCategory = "Language";
        private const string RuntimeAttributesCategory = "RuntimeAttributes";
        private const string ReservedCategory = "Reserved";
        private const string DeterminismCategory = "Determinism";
        private const string RulesCategory = "Rules";
        private const string SubmissionCategory = "Submission";
        private const string AuditCategory = "Audit";
        private const string MeteringCategory = "Metering";
        private const string RewriterCategory = "Rewriter";

        private static readonly string ReservedRootList = string.Join(", ", ReservedNames.Roots.Select(r => "'" + r + "'"));

        // Symbols. Arguments: {0} the symbol, {1} SymbolVerdict.Explain().

        public static readonly RcxDiagnostic SymbolDenied = Create(
            "RCX0001", SymbolsCategory, "Symbol denied by a rule", "'{0}' is not allowed: {1}",
            "A deny rule in the rules in force covers this symbol.");

        public static readonly RcxDiagnostic SymbolNotAllowed = Create(
            "RCX0002", SymbolsCategory, "Symbol not in the allowlist", "'{0}' is not allowed: {1}",
            "The rules are an allowlist, and no rule allows this symbol.");

        public static readonly RcxDiagnostic SymbolUsesRefusedType = Create(
            "RCX0003", SymbolsCategory, "Symbol uses a refused type", "'{0}' is not allowed: {1}",
            "The symbol is allowed, but a type in its signature, or one of its type arguments, is not.");

        public static readonly RcxDiagnostic AsynchronousDelegateCall = Create(
            "RCX0004", SymbolsCategory, "A delegate's BeginInvoke or EndInvoke",
            "'{0}' is not supported: a delegate's BeginInvoke/EndInvoke throws on .NET and would run on another thread; call the delegate directly",
            "Every delegate type comes with BeginInvoke and EndInvoke; .NET does not implement them.");

        // Language features. No arguments: each message names the feature and why it is refused.

        public static readonly RcxDiagnostic UnsafeCode = Create(
            "RCX0101", LanguageCategory, "Unsafe code",
            "'unsafe' code is not allowed: it breaks memory safety");

        public static readonly RcxDiagnostic Pointers = Create(
            "RCX0102", LanguageCategory, "Pointers",
            "Pointer types and pointer operations are not allowed: they break memory safety");

        public static readonly RcxDiagnostic Fixed = Create(
            "RCX0103", LanguageCategory, "'fixed' statements and fixed-size buffers",
            "'fixed' is not allowed: it pins memory for pointer access");

        /// <summary>{0}: why this stackalloc is refused, with the way forward.</summary>
        public static readonly RcxDiagnostic Stackalloc = Create(
            "RCX0104", LanguageCategory, "'stackalloc'",
            "'stackalloc' is not allowed here: {0}",
            "With 'feature stackalloc on' (the bots preset), 'stackalloc T[N]' into a Span is allowed when N is a constant, the block takes at most 16 KiB, and it cannot run twice in one call (no loop around it, no 'goto' in its function): the frame estimate counts it. Any other stackalloc could take stack the guards cannot measure.");

        public static readonly RcxDiagnostic FunctionPointers = Create(
            "RCX0105", LanguageCategory, "Function pointers",
            "Function pointers ('delegate*') are not allowed: they call code without type safety; use a delegate");

        public static readonly RcxDiagnostic RefKeywords = Create(
            "RCX0106", LanguageCategory, "Undocumented reference keywords",
            "'__makeref', '__reftype', '__refvalue' and '__arglist' are not allowed: they break type safety");

        public static readonly RcxDiagnostic ExternMethods = Create(
            "RCX0107", LanguageCategory, "'extern' methods",
            "'extern' members are not allowed: their code lives outside the bot");

        public static readonly RcxDiagnostic NativeImport = Create(
            "RCX0108", LanguageCategory, "Native imports",
            "'DllImport' and 'LibraryImport' are not allowed: bots cannot call native code");

        public static readonly RcxDiagnostic Finalizers = Create(
            "RCX0109", LanguageCategory, "Finalizers",
            "Finalizers are not allowed: they run on the runtime's finalizer thread, outside the guards");

        public static readonly RcxDiagnostic Dynamic = Create(
            "RCX0110", LanguageCategory, "'dynamic'",
            "'dynamic' is not allowed: it binds through reflection at run time; use a static type");

        public static readonly RcxDiagnostic Async = Create(
            "RCX0111", LanguageCategory, "'async' and 'await'",
            "'async' and 'await' are not allowed by the rules in force: bots run synchronously (a rules file can switch this on with 'feature async on')");

        public static readonly RcxDiagnostic Lock = Create(
            "RCX0112", LanguageCategory, "'lock' statements",
            "'lock' is not allowed by the rules in force: bots are single-threaded (a rules file can switch this on with 'feature lock on')");

        public static readonly RcxDiagnostic Goto = Create(
            "RCX0113", LanguageCategory, "'goto' statements",
            "'goto' is not allowed by the rules in force; use a loop, 'break' or 'continue' (a rules file can switch this on with 'feature goto on')");

        public static readonly RcxDiagnostic EventDeclarations = Create(
            "RCX0114", LanguageCategory, "Event declarations",
            "Declaring events is not allowed by the rules in force: their accessors allocate behind the author's back; call a delegate field or a list of callbacks instead (a rules file can switch this on with 'feature events on')");

        public static readonly RcxDiagnostic TypeComparison = Create(
            "RCX0115", LanguageCategory, "Comparing 'GetType()' results",
            "Comparing 'GetType()' results is not allowed by the rules in force; use pattern matching ('obj is Cell other') (a rules file can switch this on with 'feature type-comparison on')",
            "'GetType() == obj.GetType()' (==, != or Type.Equals) compares exact types without exposing a System.Type; the rules switch it on or off as a whole.");

        // Runtime attributes. No arguments.

        public static readonly RcxDiagnostic ModuleInitializer = Create(
            "RCX0201", RuntimeAttributesCategory, "[ModuleInitializer]",
            "[ModuleInitializer] is not allowed: it runs code when the assembly loads, before the game calls the bot");

        public static readonly RcxDiagnostic UnsafeAccessor = Create(
            "RCX0202", RuntimeAttributesCategory, "[UnsafeAccessor]",
            "[UnsafeAccessor] is not allowed: it reaches private members of other assemblies without reflection");

        public static readonly RcxDiagnostic StructLayout = Create(
            "RCX0203", RuntimeAttributesCategory, "[StructLayout] and [FieldOffset]",
            "[StructLayout] and [FieldOffset] are not allowed: explicit layout lets one value be read as another type");

        public static readonly RcxDiagnostic SkipLocalsInit = Create(
            "RCX0204", RuntimeAttributesCategory, "[SkipLocalsInit]",
            "[SkipLocalsInit] is not allowed: it exposes uninitialised memory");

        public static readonly RcxDiagnostic MethodImpl = Create(
            "RCX0205", RuntimeAttributesCategory, "[MethodImpl]",
            "[MethodImpl] is not allowed by the rules in force: it changes how the runtime compiles and calls a method (a rules file can switch this on with 'feature method-impl on')");

        public static readonly RcxDiagnostic InlineArray = Create(
            "RCX0206", RuntimeAttributesCategory, "[InlineArray]",
            "[InlineArray] is not allowed: it puts large values on the stack, where the guards cannot measure them; use an array");

        /// <summary>{0}: the attribute; {1}: SymbolVerdict.Explain() for its type.</summary>
        public static readonly RcxDiagnostic AssemblyAttributes = Create(
            "RCX0207", RuntimeAttributesCategory, "Assembly- and module-level attributes the rules do not allow",
            "Assembly-level attribute '{0}' is not allowed: {1}",
            "An assembly- or module-level attribute applies to the whole bot, and some change how the runtime loads and runs it; only the ones the rules allow (the bots preset: the metadata of an IDE's AssemblyInfo.cs) are accepted.");

        // Reserved names.

        /// <summary>{0}: the namespace declared, or (reported by the rewriter) the guard runtime's symbol the code uses.</summary>
        public static readonly RcxDiagnostic GuardNamespace = Create(
            "RCX0301", ReservedCategory, "Guard runtime namespace",
            "'{0}' is not allowed: '" + ReservedNames.GuardNamespace + "' and the namespaces under it belong to the guard runtime");

        /// <summary>{0}: the identifier.</summary>
        public static readonly RcxDiagnostic ReservedIdentifier = Create(
            "RCX0302", ReservedCategory, "Reserved identifier",
            "Identifier '{0}' is not allowed: names starting with '" + ReservedNames.IdentifierPrefix + "' are reserved for the code the toolchain inserts");

        /// <summary>{0}: the namespace declared; {1}: the reserved name it is in.</summary>
        public static readonly RcxDiagnostic ReservedNamespace = Create(
            "RCX0303", ReservedCategory, "Namespace in a reserved name",
            "Namespace '{0}' is not allowed: '{1}' belongs to the runtime, the compiler or the toolchain, whose generated code reaches it by name",
            "Bots may not declare namespaces under " + ReservedRootList + ": code the compiler and the rewriter generate would bind to the bot's types instead.");

        /// <summary>{0}: the type or alias declared; {1}: the reserved name it shadows.</summary>
        public static readonly RcxDiagnostic ShadowingName = Create(
            "RCX0304", ReservedCategory, "Top-level name shadows a reserved namespace",
            "'{0}' is not allowed: a top-level type or alias named '{1}' would shadow the namespace that generated code reaches as 'global::{1}'",
            "Top-level types and aliases may not be named " + ReservedRootList + ": 'global::" + ReservedNames.GuardType + "' binds to a type 'RestrictedCSharp' with nested 'Guards.Guard' as readily as to the namespace.");

        // Determinism: nothing a bot reads may differ between processes.

        /// <summary>{0}: the GetHashCode method; {1}: why its result is not the same in every process.</summary>
        public static readonly RcxDiagnostic HashCodeNotDeterministic = Create(
            "RCX0401", DeterminismCategory, "Hash code that differs between processes",
            "'{0}' is not allowed here: {1}; hash codes a bot reads must be the same in every process, so declare GetHashCode on your own type and combine its fields arithmetically, as in 'unchecked(x * 31 + y)'",
            "A GetHashCode call is allowed only where the method that runs is known to be deterministic: on primitives, enums and a short list of value types, or a GetHashCode the bot declares itself.");

        /// <summary>{0}: the type argument; {1}: the type parameter; {2}: the parameterless constructor; {3}: SymbolVerdict.Explain().</summary>
        public static readonly RcxDiagnostic ConstructorConstraintRefused = Create(
            "RCX0402", DeterminismCategory, "Type argument whose parameterless constructor is refused",
            "'{0}' cannot stand for '{1}', whose 'new()' constraint calls its parameterless constructor '{2}', which is not allowed: {3}; create the value yourself and pass it in, or pass a factory ('Func<{1}>')",
            "A 'new()' constraint lets generic code call a type argument's parameterless constructor (through Activator), out of sight of the rules; the constructor must be one the rules allow.");
        /// <summary>{0}: the key type; {1}: which Equals of the bot it runs and where its hash comes from; {2}: what to do.</summary>
        public static readonly RcxDiagnostic EqualsWithoutDeterministicHash = Create(
            "RCX0403", DeterminismCategory, "Own Equals without an own GetHashCode",
            "'{0}' {1}: as a HashSet or Dictionary key its Equals would run, and spend ticks, as often as per-process hash codes collide; {2}",
            "Hash collections call Equals on keys whose hashes match; a bot's Equals ticks, so a key that runs it, itself or as a part of a record, struct or tuple, needs a hash that collides the same way in every process.");

        // Metering: what the guards could not measure soundly.

        /// <summary>{0}: the function, {1}: its estimated frame in bytes, {2}: the limit.</summary>
        public static readonly RcxDiagnostic StackFrameTooLarge = Create(
            "RCX0501", MeteringCategory, "Stack frame too large",
            "'{0}' needs about {1} bytes of stack for each call, over the {2} bytes a function may use: keep large values in an array or a class",
            "The guards measure the stack by frames and probe it between them; a frame this large could overflow the stack before any probe runs.");

        /// <summary>{0}: the struct, {1}: its estimated size in bytes, {2}: the limit.</summary>
        public static readonly RcxDiagnostic ValueTypeTooLarge = Create(
            "RCX0503", MeteringCategory, "Struct too large",
            "Struct '{0}' is about {1} bytes, over the {2} bytes a value type may take: make it a class or keep its data in an array",
            "Library code copies values of its type arguments into frames of its own, which the guards neither probe nor estimate.");

        /// <summary>{0}: the span type, {1}: the number of elements, {2}: the longest runtime buffer.</summary>
        public static readonly RcxDiagnostic SpanBufferTooLong = Create(
            "RCX0504", MeteringCategory, "Span collection expression longer than the runtime's stack buffers",
            "A collection expression into '{0}' with {1} elements is built in a stack buffer the compiler writes for this bot, whose size no frame estimate sees: use at most {2} elements, or an array",
            "Up to 16 elements the compiler uses the runtime's InlineArray2..16 types; beyond, it writes an [InlineArray(N)] type into the bot, which the IL audit refuses.");

        /// <summary>{0}: the type argument, {1}: its estimated size in bytes, {2}: the limit, {3}: the generic method or type.</summary>
        public static readonly RcxDiagnostic TypeArgumentTooLarge = Create(
            "RCX0505", MeteringCategory, "Struct too large for a type argument of the bot's generic code",
            "'{0}' is about {1} bytes, over the {2} bytes a type argument of '{3}' may take: the stack estimate counts every value of a type parameter at that size; pass a class, or keep the data in an array",
            "Generic code has one frame estimate for all its instantiations, which counts a type parameter's values at a fixed size; a larger struct would make frames the depth guard does not expect.");

        /// <summary>{0}: the library member, {1}: the lambda that calls it directly.</summary>
        public static readonly RcxDiagnostic SizedMethodGroup = Create(
            "RCX0502", MeteringCategory, "Allocating or data-walking library member used as a method group",
            "'{0}' cannot be used as a method group: its work grows with the data it is given, which the guards charge only at direct calls; call it in a lambda instead: '{1}'",
            "The rewriter charges the allocation budget and the ticks for the data a library member walks before each direct call; a call through a delegate has no such charge.");

        /// <summary>{0}: the library member, {1}: the receiver as written, {2}: why no guard can stand there and the way forward.</summary>
        public static readonly RcxDiagnostic UnchargeableReceiver = Create(
            "RCX0520", MeteringCategory, "Library call on a receiver no guard can charge",
            "'{0}' walks '{1}', which the guards charge before each call, but {2}",
            "The rewriter charges the data a library member walks by standing a guard around its receiver; 'base', and a value reached through '?.' and followed by '.', have no place for one.");

        /// <summary>{0}: the bot's type, {1}: the library type it derives from, {2}: the member that declares a count.</summary>
        public static readonly RcxDiagnostic DerivedCollectionCount = Create(
            "RCX0521", MeteringCategory, "Library collection redefines its count",
            "'{0}' derives from '{1}', whose work the guards charge by its count, and declares '{2}', which could report another count than the one the library walks: keep the '{1}' in a field instead, or give the member another name",
            "The guards charge a library call for the data it walks by reading the collection's count before the call; a type deriving from a library collection that overrides, hides or re-implements that count could make the charge read less than the library walks.");

        // Work the guards cannot see: members the compiler or the library supply, the type loader.

        /// <summary>{0}: the bot's type, {1}: why one call of its synthesized members is unbounded.</summary>
        public static readonly RcxDiagnostic UnboundedSynthesizedMembers = Create(
            "RCX0510", MeteringCategory, "Unbounded compiler-generated equality, hashing or printing",
            "'{0}' gets Equals, GetHashCode and ToString from the compiler, which run without guards, and {1}: declare Equals, GetHashCode and ToString yourself, or make it a class",
            "Compiler-generated structural members are not metered, so each call must do a small, fixed amount of work.");

        /// <summary>{0}: the tuple, anonymous or library type, {1}: why one call of its structural members is unbounded.</summary>
        public static readonly RcxDiagnostic UnboundedLibraryStructure = Create(
            "RCX0511", MeteringCategory, "Unbounded structural equality, hashing or printing of a tuple or library type",
            "'{0}' compares, hashes and prints its parts without guards, and {1}: hold the parts in a record or class of your own with specific types",
            "Tuples, anonymous types, KeyValuePair, Nullable and Lazy forward Equals, GetHashCode and ToString to their parts without metering.");

        /// <summary>{0}: the type parameter, {1}: the type argument that grows it, {2}: the type parameter it feeds, {3}: that parameter's type or method.</summary>
        public static readonly RcxDiagnostic ExpandingGenericRecursion = Create(
            "RCX0512", MeteringCategory, "Expanding generic recursion",
            "'{0}' grows into '{1}' as '{2}' of '{3}', which leads back to '{0}': every round would make the runtime load a new generic instantiation, outside every budget; recurse over a fixed type instead",
            "A cycle of generic instantiations in which a type argument grows (the ECMA-335 expanding cycle) creates types without end at run time.",
            reportedAtCompilationEnd: true);

        // The rules file.

        /// <summary>{0}: the rules file, {1}: the line, {2}: the problem.</summary>
        public static readonly RcxDiagnostic RulesFileError = Create(
            "RCX0901", RulesCategory, "Error in the rules file",
            "Rules file '{0}', line {1}: {2}",
            "The rules could not be read, so nothing was checked against them; fix the rules file.",
            reportedAtCompilationEnd: true);

        // The submission as a whole; reported by server-side validation before any analysis.

        /// <summary>{0}: the submission's size in bytes, {1}: the limit.</summary>
        public static readonly RcxDiagnostic SourceTooLarge = Create(
            "RCX1001", SubmissionCategory, "Submission too large",
            "The submission is {0} bytes, over the source-bytes limit of {1}");

        /// <summary>{0}: the number of files, {1}: the limit.</summary>
        public static readonly RcxDiagnostic TooManyFiles = Create(
            "RCX1002", SubmissionCategory, "Too many source files",
            "The submission has {0} source files, over the source-files limit of {1}");

        /// <summary>{0}: the line's length in characters, {1}: the limit.</summary>
        public static readonly RcxDiagnostic LineTooLong = Create(
            "RCX1003", SubmissionCategory, "Line too long",
            "This line is {0} characters long, over the line-length limit of {1}");

        /// <summary>{0}: the depth reached, {1}: the limit.</summary>
        public static readonly RcxDiagnostic NestingTooDeep = Create(
            "RCX1004", SubmissionCategory, "Nesting too deep",
            "Brackets nest {0} levels deep here, over the nesting limit of {1}");

        /// <summary>{0}: the depth reached; {1}: the limit.</summary>
        public static readonly RcxDiagnostic SyntaxTooDeep = Create(
            "RCX1007", SubmissionCategory, "Syntax tree too deep",
            "The code nests {0} levels deep here, over the syntax-depth limit of {1}: split long operator chains and deeply nested expressions");

        /// <summary>{0}: what is wrong with the text.</summary>
        public static readonly RcxDiagnostic InvalidSourceText = Create(
            "RCX1005", SubmissionCategory, "Source file is not UTF-8 text",
            "Source files are read as UTF-8 text, and this one is not: {0}");

        public static readonly RcxDiagnostic NoSourceFiles = Create(
            "RCX1006", SubmissionCategory, "No source files",
            "The submission contains no source files");

        /// <summary>{0}: the limit in milliseconds.</summary>
        public static readonly RcxDiagnostic ValidationTooSlow = Create(
            "RCX1008", SubmissionCategory, "Validation took too long",
            "Validating the submission took longer than the validate-ms limit of {0} ms: simplify nested lambdas and overloaded calls");

        /// <summary>{0}: the limit in MiB.</summary>
        public static readonly RcxDiagnostic ValidationTooLarge = Create(
            "RCX1012", SubmissionCategory, "Validation took too much memory",
            "Validating the submission grew the compiler's memory past the validate-mb limit of {0} MiB: simplify nested lambdas, generic calls and long constant expressions");

        /// <summary>{0}: the depth reached; {1}: the limit.</summary>
        public static readonly RcxDiagnostic LambdaNestingTooDeep = Create(
            "RCX1009", SubmissionCategory, "Lambdas nested too deep",
            "Lambdas and anonymous methods nest {0} levels deep here, over the lambda-depth limit of {1}: move inner lambdas into named methods");

        /// <summary>{0}: the characters reached; {1}: the limit.</summary>
        public static readonly RcxDiagnostic ConstantStringsTooLong = Create(
            "RCX1010", SubmissionCategory, "Constant strings too long",
            "The constant strings the compiler would fold reach {0} characters here, over the constant-chars limit of {1}");

        /// <summary>{0}: the limit in bytes.</summary>
        public static readonly RcxDiagnostic AssemblyTooLarge = Create(
            "RCX1011", SubmissionCategory, "Compiled assembly too large",
            "The compiled assembly is over the assembly-bytes limit of {0} bytes");

        // The guard rewriter's own failure: a toolchain bug, reported as a refusal rather than a crash.

        /// <summary>{0}: what went wrong, for the operator's bug report.</summary>
        public static readonly RcxDiagnostic RewriteFailed = Create(
            "RCX2001", RewriterCategory, "The guard rewriter failed",
            "The guards could not be inserted into this bot, a bug in the toolchain rather than in the bot: report it to the game's operator with this message, and write the code near this place another way until it is fixed ({0})",
            "The rewriter validates what it wrote (it parses, it strips back to the original, it keeps the line numbers, every charge it needed found a place); a failure is a bug in the toolchain, and the bot is not run.");

        // The IL audit of the compiled assembly. {0}: the audit's sentence naming the construct and the reason.

        public static readonly RcxDiagnostic AuditRefusedReference = Create(
            "RCX3001", AuditCategory, "The compiled assembly references something the rules refuse", "{0}");

        public static readonly RcxDiagnostic AuditNativeCode = Create(
            "RCX3002", AuditCategory, "Method implemented outside IL", "{0}");

        public static readonly RcxDiagnostic AuditUnsafeSignature = Create(
            "RCX3003", AuditCategory, "Pointer, function-pointer, pinned or TypedReference type in a signature", "{0}");

        public static readonly RcxDiagnostic AuditIndirectCall = Create(
            "RCX3004", AuditCategory, "The 'calli' instruction", "{0}");

        public static readonly RcxDiagnostic AuditStackAllocation = Create(
            "RCX3005", AuditCategory, "The 'localloc' instruction", "{0}");

        public static readonly RcxDiagnostic AuditExplicitLayout = Create(
            "RCX3006", AuditCategory, "Explicit struct layout", "{0}");

        public static readonly RcxDiagnostic AuditFinalizer = Create(
            "RCX3007", AuditCategory, "Finalizer in the compiled assembly", "{0}");

        public static readonly RcxDiagnostic AuditModuleCode = Create(
            "RCX3008", AuditCategory, "Code or fields in the module type", "{0}");

        public static readonly RcxDiagnostic AuditInvalidAssembly = Create(
            "RCX3009", AuditCategory, "Not a readable .NET assembly", "{0}");

        public static readonly RcxDiagnostic AuditMisdirectedToolchainReference = Create(
            "RCX3010", AuditCategory, "A guard call that does not reach the guard runtime", "{0}");

        public static readonly RcxDiagnostic AuditReservedDefinition = Create(
            "RCX3011", AuditCategory, "Type defined in a reserved name", "{0}");

        public static readonly RcxDiagnostic AuditInlineArrayBounds = Create(
            "RCX3015", AuditCategory, "Inline-array helper not provably inside its buffer", "{0}");

        public static readonly RcxDiagnostic AuditAsynchronousDelegateCall = Create(
            "RCX3016", AuditCategory, "A delegate's BeginInvoke or EndInvoke is called", "{0}");

        /// <summary>Every entry, in the order of docs/DIAGNOSTICS.md.</summary>
        public static ImmutableArray<RcxDiagnostic> All { get; } = ImmutableArray.Create(
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

        private static readonly Dictionary<string, RcxDiagnostic> ById =
            All.ToDictionary(d => d.Id, StringComparer.OrdinalIgnoreCase);

        /// <summary>The entry for <paramref name="id"/> (case ignored), or null when no diagnostic has that ID.</summary>
        public static RcxDiagnostic? Find(string id) => ById.TryGetValue(id, out var entry) ? entry : null;

        private static RcxDiagnostic Create(
            string id, string category, string title, string messageFormat, string? description = null, bool reportedAtCompilationEnd = false) =>
            new(id, category, title, messageFormat, description, reportedAtCompilationEnd);
    }
}
