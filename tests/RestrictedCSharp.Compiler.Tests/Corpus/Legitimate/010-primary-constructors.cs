// Services with primary constructors and captured parameters.
using System.Collections.Generic;

namespace Economy;

public sealed class Wallet(int gold)
{
    public int Gold => gold;

    public bool Spend(int cost)
    {
        if (cost > gold)
        {
            return false;
        }

        gold -= cost;
        return true;
    }
}

public readonly struct Price(string item, int cost)
{
    public string Item { get; } = item;

    public int Cost { get; } = cost;
}

public sealed class Shopper(Wallet wallet, IReadOnlyList<Price> prices)
{
    public List<string> Buy()
    {
        var bought = new List<string>();
        foreach (var price in prices)
        {
            if (wallet.Spend(price.Cost))
            {
                bought.Add(price.Item);
            }
        }

        return bought;
    }
}
