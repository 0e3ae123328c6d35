// Target selection with LINQ query syntax: join, group, orderby, let.
using System.Collections.Generic;
using System.Linq;

namespace Targeting;

public sealed record Unit(int Id, int Team, int Health, int X, int Y);

public sealed record Threat(int UnitId, int Danger);

public sealed class Bot
{
    public int? PickTarget(IReadOnlyList<Unit> units, IReadOnlyList<Threat> threats, int myTeam)
    {
        var ranked =
            from u in units
            where u.Team != myTeam && u.Health > 0
            join t in threats on u.Id equals t.UnitId
            let value = t.Danger * 100 / u.Health
            orderby value descending, u.Id
            select new { u.Id, Value = value };

        return ranked.Select(r => (int?)r.Id).FirstOrDefault();
    }

    public IEnumerable<(int Team, int Alive)> Census(IEnumerable<Unit> units) =>
        from u in units
        group u by u.Team into g
        orderby g.Key
        select (g.Key, g.Count(u => u.Health > 0));
}
