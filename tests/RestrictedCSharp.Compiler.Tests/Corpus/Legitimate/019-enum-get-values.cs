// Enumerates enum values with Enum.GetValues<T>() and flags.
using System;
using System.Collections.Generic;

namespace Abilities;

[Flags]
public enum Ability
{
    None = 0,
    Fly = 1,
    Swim = 2,
    Dig = 4,
}

public enum Terrain { Plain, Water, Mountain, Cave }

public sealed class Bot
{
    public List<Terrain> Passable(Ability abilities)
    {
        var result = new List<Terrain>();
        foreach (var terrain in Enum.GetValues<Terrain>())
        {
            var ok = terrain switch
            {
                Terrain.Plain => true,
                Terrain.Water => abilities.HasFlag(Ability.Swim) || abilities.HasFlag(Ability.Fly),
                Terrain.Mountain => (abilities & Ability.Fly) != 0,
                Terrain.Cave => abilities.HasFlag(Ability.Dig),
                _ => false,
            };
            if (ok)
            {
                result.Add(terrain);
            }
        }

        return result;
    }

    public Terrain Parse(string name) => Enum.Parse<Terrain>(name, ignoreCase: true);

    public string[] Names() => Enum.GetNames<Ability>();

    public bool Known(int value) => Enum.IsDefined((Terrain)value);
}
