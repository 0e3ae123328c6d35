// expect: RCX0001
// Tries: implements a denied interface (ISerializable).
using System.Runtime.Serialization;

public sealed class Bot : ISerializable
{
    public void GetObjectData(SerializationInfo info, StreamingContext context)
    {
    }

    public int Act() => 1;
}
