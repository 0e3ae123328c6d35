// expect: RCX0001
// Tries: draws randomness from RandomNumberGenerator.
using System.Security.Cryptography;

public sealed class Bot
{
    public int Act() => RandomNumberGenerator.GetInt32(4);
}
