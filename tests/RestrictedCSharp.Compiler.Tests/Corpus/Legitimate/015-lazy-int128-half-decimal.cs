// Numeric helpers with Lazy<T>, Int128, Half and decimal.
using System;

namespace Numbers;

public sealed class Bot
{
    private readonly Lazy<long[]> _factorials = new(() =>
    {
        var f = new long[21];
        f[0] = 1;
        for (var i = 1; i < f.Length; i++)
        {
            f[i] = f[i - 1] * i;
        }

        return f;
    });

    public Int128 Combinations(int n, int k)
    {
        Int128 result = 1;
        for (var i = 1; i <= k; i++)
        {
            result = result * (n - k + i) / i;
        }

        return result;
    }

    public long Factorial(int n) => _factorials.Value[n];

    public Half Compress(float value) => (Half)value;

    public decimal Price(decimal basePrice, int quantity) => decimal.Round(basePrice * quantity * 1.07m, 2, MidpointRounding.ToEven);
}
