// A bot that reacts to its own events (EventHandler<T>, custom EventArgs).
using System;
using System.Collections.Generic;

namespace Signals;

public sealed class DamageEventArgs(int amount) : EventArgs
{
    public int Amount { get; } = amount;
}

public sealed class Body
{
    public event EventHandler<DamageEventArgs>? Damaged;

    public event Action? Died;

    public int Health { get; private set; } = 100;

    public void Hit(int amount)
    {
        Health -= amount;
        Damaged?.Invoke(this, new DamageEventArgs(amount));
        if (Health <= 0)
        {
            Died?.Invoke();
        }
    }
}

public sealed class Bot
{
    private readonly List<int> _hits = [];
    private bool _dead;

    public Bot(Body body)
    {
        body.Damaged += OnDamaged;
        body.Died += () => _dead = true;
    }

    private void OnDamaged(object? sender, DamageEventArgs e) => _hits.Add(e.Amount);

    public string Act() => _dead ? "respawn" : _hits.Count > 3 ? "flee" : "fight";
}
