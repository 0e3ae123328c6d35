using RestrictedCSharp.Protocol;

namespace RestrictedCSharp.Runner;

/// <summary>The runner's end of the pipe: blocking reads of requests from stdin, replies to stdout.</summary>
internal sealed class FrameChannel(Stream input, Stream output)
{
    // A load carries the bot's assembly: requests may be longer than replies.
    private readonly FrameReader _reader = new(input, Frames.MaxRequestBytes);
    private readonly FrameWriter _writer = new(output, Frames.MaxReplyBytes);

    /// <summary>The next request, or null when the host closed the pipe between frames.</summary>
    /// <exception cref="ProtocolException">The bytes are not a valid frame or request.</exception>
    public Request? Receive()
    {
        using var frame = _reader.Read();
        return frame is null ? null : Messages.DecodeRequest(frame.Payload);
    }

    /// <summary>Sends a reply. A call result too large for one frame is sent as an exception outcome instead.</summary>
    public void Send(Reply reply)
    {
        if (_writer.TryWrite(reply)) return;
        if (reply is not CallResultReply { Result: var result })
            throw new ProtocolException($"A {reply.GetType().Name} exceeds the {Frames.MaxReplyBytes}-byte frame limit.");
        _writer.Write(new CallResultReply(result with
        {
            Outcome = CallOutcome.Exception,
            Value = null,
            Message = $"The result is larger than the {Frames.MaxReplyBytes}-byte frame limit.",
        }));
    }

    /// <summary>Sends when the host is still listening; a closed pipe is not an error at this point.</summary>
    public void TrySend(Reply reply)
    {
        try
        {
            Send(reply);
        }
        catch (IOException)
        {
        }
    }
}
