namespace RestrictedCSharp.Audit;

/// <summary>The IDs the IL audit reports (see docs/DIAGNOSTICS.md and docs/rules/).</summary>
public static class AuditRules
{
    /// <summary>A type or member reference the rules refuse.</summary>
    public const string RefusedReference = "RCX3001";

    /// <summary>P/Invoke, extern or otherwise native method implementations.</summary>
    public const string NativeCode = "RCX3002";

    /// <summary>Pointer, function-pointer, pinned or TypedReference types in a signature.</summary>
    public const string UnsafeSignature = "RCX3003";

    /// <summary>The <c>calli</c> instruction.</summary>
    public const string IndirectCall = "RCX3004";

    /// <summary>The <c>localloc</c> instruction (stackalloc).</summary>
    public const string StackAllocation = "RCX3005";

    /// <summary>Explicit struct layout (overlapping fields allow type confusion).</summary>
    public const string ExplicitLayout = "RCX3006";

    /// <summary>A finalizer (runs on the finalizer thread, outside the guards).</summary>
    public const string Finalizer = "RCX3007";

    /// <summary>Code in the module type: a module initializer or global method.</summary>
    public const string ModuleCode = "RCX3008";

    /// <summary>The file is not a readable .NET assembly.</summary>
    public const string InvalidAssembly = "RCX3009";

    /// <summary>A reference into the toolchain's names that does not resolve to the real guard assembly.</summary>
    public const string MisdirectedToolchainReference = "RCX3010";

    /// <summary>A type the assembly defines in a reserved name (a namespace or top-level name the runtime, compiler or toolchain owns).</summary>
    public const string ReservedDefinition = "RCX3011";

    /// <summary>A call to the compiler's inline-array helpers that is not provably inside its buffer.</summary>
    public const string InlineArrayBounds = "RCX3015";

    /// <summary>A call to a delegate's runtime-provided <c>BeginInvoke</c>/<c>EndInvoke</c>.</summary>
    public const string AsynchronousDelegateCall = "RCX3016";
}
