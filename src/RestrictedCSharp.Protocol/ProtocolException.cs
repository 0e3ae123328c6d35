namespace RestrictedCSharp.Protocol;

/// <summary>The bytes on the pipe are not a well-formed frame or message: the peer is broken or hostile.</summary>
public sealed class ProtocolException(string message, Exception? inner = null) : Exception(message, inner);
