using System.Security.Cryptography;
using System.Text;

namespace RestrictedCSharp.Arena;

/// <summary>Author tokens: 32 random bytes, shown once as base64url; the store keeps their SHA-256 only.</summary>
public static class Tokens
{
    public static string New() => Base64Url(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
