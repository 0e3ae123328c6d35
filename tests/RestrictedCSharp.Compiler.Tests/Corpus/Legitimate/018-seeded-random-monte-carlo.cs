// Monte Carlo move evaluation with a seeded Random.
using System;

namespace MonteCarlo;

public sealed class Bot(int seed)
{
    private readonly Random _random = new(seed);

    public int Act(int[] payoffs, int rollouts)
    {
        var best = 0;
        var bestValue = double.MinValue;
        for (var move = 0; move < payoffs.Length; move++)
        {
            var total = 0.0;
            for (var r = 0; r < rollouts; r++)
            {
                total += payoffs[move] * _random.NextDouble() + _random.Next(-3, 4);
            }

            var mean = total / rollouts;
            if (mean > bestValue)
            {
                bestValue = mean;
                best = move;
            }
        }

        return best;
    }

    public T Pick<T>(T[] options) => options[_random.Next(options.Length)];

    public void Shuffle(int[] cards) => _random.Shuffle(cards);
}
