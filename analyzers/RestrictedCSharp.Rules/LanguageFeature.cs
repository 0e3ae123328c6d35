namespace RestrictedCSharp.Rules
{
    /// <summary>
    /// C# features and runtime-affecting attributes that rules files switch on or off
    /// (<c>feature goto on</c>). Each has its own diagnostic.
    /// </summary>
    public enum LanguageFeature
    {
        Unsafe,
        Pointers,
        Fixed,
        Stackalloc,
        FunctionPointers,
        RefKeywords,
        Extern,
        NativeImport,
        Finalizers,
        Dynamic,
        Async,
        Lock,
        Goto,
        ModuleInitializer,
        UnsafeAccessor,
        StructLayout,
        SkipLocalsInit,
        MethodImpl,
        InlineArray,
        AssemblyAttributes,
        Events,
        TypeComparison,
    }
}
