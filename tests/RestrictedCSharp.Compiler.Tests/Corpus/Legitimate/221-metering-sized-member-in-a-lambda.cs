// A bot that pads through a lambda (a direct call, charged by the allocation guard) rather than a method group.
using System;

public sealed class Bot
{
    private readonly Func<int, string> _pad = width => "".PadLeft(width);

    public string Act(int width) => _pad(Math.Min(width, 80));
}
