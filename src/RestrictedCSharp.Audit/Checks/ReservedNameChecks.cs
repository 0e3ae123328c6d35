using System.Reflection;
using System.Reflection.Metadata;
using RestrictedCSharp.Rules;

namespace RestrictedCSharp.Audit.Checks;

/// <summary>
/// Names are part of the trust boundary, whoever compiled the assembly: every reference into the
/// toolchain's names (the guard calls the rewriter inserts) must land in the real guard assembly, and the
/// assembly may define no type in a reserved name (<see cref="ReservedNames.Roots"/>), where generated code
/// looking for the runtime's, the compiler's or the guards' types would find the bot's instead. A call to a
/// type the assembly defines is a MethodDef token that no reference check sees, so the second rule is what
/// makes the first complete. Against the fixed reference set the compiler embeds none of its own attribute
/// types (they are all public in .NET 10), so no exception is made for them: a change of reference set that
/// made it embed one would be refused loudly by the audit, never let through quietly.
/// </summary>
internal static class ReservedNameChecks
{
    public static void Run(AuditContext context)
    {
        var reader = context.Reader;
        foreach (var handle in reader.TypeReferences)
        {
            CheckToolchainReference(context, handle);
        }

        foreach (var handle in reader.TypeDefinitions)
        {
            CheckDefinition(context, handle);
        }
    }

    private static void CheckToolchainReference(AuditContext context, TypeReferenceHandle handle)
    {
        var reader = context.Reader;
        var name = MetadataNames.Of(reader, handle);
        if (ReservedNames.RootOf(name) != ReservedNames.ToolchainRoot)
        {
            return;
        }

        // The outermost reference of a nested type carries the scope.
        var outermost = handle;
        while (reader.GetTypeReference(outermost).ResolutionScope is { Kind: HandleKind.TypeReference } scope)
        {
            outermost = (TypeReferenceHandle)scope;
        }

        var resolutionScope = reader.GetTypeReference(outermost).ResolutionScope;
        var landsIn = resolutionScope.Kind switch
        {
            HandleKind.AssemblyReference => reader.GetAssemblyReference((AssemblyReferenceHandle)resolutionScope).GetAssemblyName(),
            _ => null,
        };
        if (landsIn is null || !IsGuardAssembly(landsIn, context.Policy.GuardAssembly))
        {
            var where = landsIn?.FullName ?? (resolutionScope.Kind == HandleKind.ModuleDefinition ? "this assembly" : "another module");
            context.Report(
                RcxCatalog.AuditMisdirectedToolchainReference,
                $"'{name}' resolves into {where}, not the guard runtime '{context.Policy.GuardAssembly.FullName}': inserted guard calls must reach the real guards",
                $"reference to T:{name}");
        }
    }

    /// <summary>Same simple name; same version and public key token where the real one has them.</summary>
    private static bool IsGuardAssembly(AssemblyName reference, AssemblyName guards)
    {
        if (!string.Equals(reference.Name, guards.Name, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (guards.Version is { } version && reference.Version != version)
        {
            return false;
        }

        var expectedToken = guards.GetPublicKeyToken() ?? [];
        return expectedToken.Length == 0 || (reference.GetPublicKeyToken() ?? []).AsSpan().SequenceEqual(expectedToken);
    }

    private static void CheckDefinition(AuditContext context, TypeDefinitionHandle handle)
    {
        var reader = context.Reader;
        var type = reader.GetTypeDefinition(handle);
        if (!type.GetDeclaringType().IsNil || handle == ModuleType)
        {
            return; // nested types are reached through their (judged) outermost type; <Module> has no name to capture
        }

        var name = MetadataNames.Of(reader, handle);
        var root = MetadataNames.WithoutArity(ReservedNames.RootOf(name));
        if (!ReservedNames.IsRoot(root))
        {
            return;
        }

        context.Report(
            RcxCatalog.AuditReservedDefinition,
            $"'{name}' is declared in '{root}', a name that belongs to the runtime, the compiler or the toolchain: code generated to reach that name would reach the bot's type instead",
            context.Describe(handle));
    }

    private static readonly TypeDefinitionHandle ModuleType = System.Reflection.Metadata.Ecma335.MetadataTokens.TypeDefinitionHandle(1);
}
