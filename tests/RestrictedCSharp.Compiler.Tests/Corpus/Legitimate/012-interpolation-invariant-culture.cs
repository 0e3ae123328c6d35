// Formats a move report with format specifiers and InvariantCulture.
using System;
using System.Globalization;
using System.Text;

namespace Report;

public sealed class Bot
{
    public string Report(double winRate, decimal gold, int turn, TimeSpan thinking)
    {
        var inv = CultureInfo.InvariantCulture;
        var a = string.Create(inv, $"turn {turn,4:D3} win {winRate:P1} gold {gold:F2}");
        var b = FormattableString.Invariant($"{winRate:0.000}|{turn:X4}");
        var c = winRate.ToString("F3", inv) + ";" + turn.ToString("N0", inv);
        var sb = new StringBuilder();
        sb.Append(inv, $"[{thinking.TotalMilliseconds:F1} ms]");
        return $"{a} {b} {c} {sb}";
    }
}
