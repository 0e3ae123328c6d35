using System.Reflection.Metadata;

namespace RestrictedCSharp.Audit.Checks;

/// <summary>
/// The little an attribute blob needs to know about types: which one is System.Type, and for a
/// <c>typeof(...)</c> argument the type name it was stored as.
/// </summary>
internal readonly record struct AttributeValueType(bool IsSystemType, string? SerializedName = null);

/// <summary>
/// Decodes attribute blobs. Enum arguments of referenced enum types are read as Int32, which covers
/// every enum the compiler and the allowed attributes use; anything else fails decoding and is reported.
/// </summary>
internal sealed class AttributeValueTypeProvider : ICustomAttributeTypeProvider<AttributeValueType>
{
    public AttributeValueType GetPrimitiveType(PrimitiveTypeCode typeCode) => default;

    public AttributeValueType GetSystemType() => new(IsSystemType: true);

    public AttributeValueType GetSZArrayType(AttributeValueType elementType) => elementType;

    public AttributeValueType GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind) => default;

    // Attribute constructors are decoded from their signatures, where System.Type is an ordinary reference.
    public AttributeValueType GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) =>
        new(IsSystemType: MetadataNames.Of(reader, handle) == "System.Type");

    public AttributeValueType GetTypeFromSerializedName(string name) => new(IsSystemType: false, SerializedName: name);

    public PrimitiveTypeCode GetUnderlyingEnumType(AttributeValueType type) => PrimitiveTypeCode.Int32;

    public bool IsSystemType(AttributeValueType type) => type.IsSystemType;
}
