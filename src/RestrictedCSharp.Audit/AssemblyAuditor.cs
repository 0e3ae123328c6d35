using System.Collections.Immutable;
using System.Reflection.PortableExecutable;
using RestrictedCSharp.Audit.Checks;
using RestrictedCSharp.Rules;

namespace RestrictedCSharp.Audit;

/// <summary>
/// Wall 3: reads a compiled assembly with System.Reflection.Metadata (never loading it) and refuses
/// anything the rules, or memory safety, do not allow. Works on any assembly, whoever compiled it.
/// </summary>
public static class AssemblyAuditor
{
    public static AuditResult Audit(string path, AuditPolicy policy)
    {
        byte[] image;
        try
        {
            image = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Invalid($"cannot read '{path}': {e.Message}", path);
        }

        return Audit(image, policy);
    }

    public static AuditResult Audit(ReadOnlyMemory<byte> image, AuditPolicy policy)
    {
        try
        {
            using var peReader = new PEReader(ImmutableArray.Create(image.Span));
            if (!peReader.HasMetadata)
            {
                return Invalid("the file has no .NET metadata", "assembly");
            }

            var context = new AuditContext(peReader, policy);
            ReferenceChecks.Run(context);
            ConstructorConstraintChecks.Run(context);
            ReservedNameChecks.Run(context);
            DefinitionChecks.Run(context);
            AttributeChecks.Run(context);
            return new AuditResult(context.Findings);
        }
        catch (BadImageFormatException e)
        {
            return Invalid($"not a valid .NET assembly: {e.Message}", "assembly");
        }
    }

    private static AuditResult Invalid(string message, string location) =>
        new(ImmutableArray.Create(new AuditFinding(RcxCatalog.AuditInvalidAssembly.Id, message, location)));
}
