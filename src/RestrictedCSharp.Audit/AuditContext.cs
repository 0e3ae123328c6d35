using System.Collections.Immutable;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using RestrictedCSharp.Audit.Checks;
using RestrictedCSharp.Rules;

namespace RestrictedCSharp.Audit;

/// <summary>What every check shares: the assembly being read, the policy, and the findings so far.</summary>
internal sealed class AuditContext
{
    private readonly HashSet<AuditFinding> _findings = new();
    private readonly List<AuditFinding> _ordered = new();
    private readonly Dictionary<TypeSpecificationHandle, SignatureType> _typeSpecifications = new();
    private HashSet<string>? _ownTypeNames;
    private InlineArrayHelpers? _inlineArrays;
    private readonly Dictionary<MemberReferenceHandle, string> _memberIds = new();

    public AuditContext(PEReader peReader, AuditPolicy policy)
    {
        PEReader = peReader;
        Reader = peReader.GetMetadataReader();
        Policy = policy;
        Signatures = new SignatureTypeProvider(Reader);
    }

    public PEReader PEReader { get; }

    public MetadataReader Reader { get; }

    public AuditPolicy Policy { get; }

    public SignatureTypeProvider Signatures { get; }

    /// <summary>The compiler's inline-array helpers in this assembly that the audit has verified.</summary>
    public InlineArrayHelpers InlineArrays => _inlineArrays ??= InlineArrayHelpers.Find(this);

    /// <summary>Records a finding under a catalog entry; its message is the audit's sentence (the entry's format is <c>{0}</c>).</summary>
    public void Report(RcxDiagnostic rule, string message, string location)
    {
        var finding = new AuditFinding(rule.Id, message, location);
        if (_findings.Add(finding))
        {
            _ordered.Add(finding);
        }
    }

    /// <summary>A reference the rules refuse, in the analyzer's sentence (<see cref="Refusal"/>).</summary>
    public void ReportRefused(string name, string reason, string location) =>
        Report(RcxCatalog.AuditRefusedReference, Refusal.Sentence(name, reason), location);

    /// <summary>Judges every named type a signature uses, and refuses unsafe shapes.</summary>
    public void CheckSignatureTypes(SignatureType type, string location, bool lenient)
    {
        if (type.UnsafeShape is { } shape)
        {
            Report(RcxCatalog.AuditUnsafeSignature, $"'{type.Name}' is a {shape}: unsafe code is not allowed", location);
        }

        foreach (var used in type.UsedTypes)
        {
            if (Policy.RefuseType(used, lenient) is { } reason)
            {
                ReportRefused(used.Substring(2), reason, location);
            }
        }
    }

    /// <summary>A member reference's documentation ID, decoded once however often it is called.</summary>
    public string MemberId(MemberReferenceHandle handle)
    {
        if (!_memberIds.TryGetValue(handle, out var id))
        {
            id = ReferenceChecks.Describe(this, handle);
            _memberIds.Add(handle, id);
        }

        return id;
    }

    /// <summary>A type specification's signature, decoded once however often it is used.</summary>
    public SignatureType TypeSpecification(TypeSpecificationHandle handle)
    {
        if (!_typeSpecifications.TryGetValue(handle, out var type))
        {
            type = Reader.GetTypeSpecification(handle).DecodeSignature(Signatures, null);
            _typeSpecifications.Add(handle, type);
        }

        return type;
    }

    /// <summary>Whether this assembly defines a type of that full name (nested types joined by '.').</summary>
    public bool DefinesType(string name)
    {
        _ownTypeNames ??= Reader.TypeDefinitions.Select(t => MetadataNames.Of(Reader, t)).ToHashSet(StringComparer.Ordinal);
        return _ownTypeNames.Contains(name);
    }

    public ImmutableArray<AuditFinding> Findings => _ordered.ToImmutableArray();

    public string Describe(MethodDefinitionHandle handle)
    {
        var method = Reader.GetMethodDefinition(handle);
        return $"method {MetadataNames.Of(Reader, method.GetDeclaringType())}.{Reader.GetString(method.Name)}";
    }

    public string Describe(TypeDefinitionHandle handle) => $"type {MetadataNames.Of(Reader, handle)}";
}
