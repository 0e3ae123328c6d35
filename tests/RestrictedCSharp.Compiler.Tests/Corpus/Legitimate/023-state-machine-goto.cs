// A turn-phase state machine with relational patterns and goto case.
namespace Phases;

public enum Phase { Scout, Gather, Build, Attack, Retreat }

public sealed class Bot
{
    public Phase Current { get; private set; } = Phase.Scout;

    public Phase Next(int turn, int army, int enemyArmy, int resources)
    {
        switch (Current)
        {
            case Phase.Scout when turn > 5:
                goto case Phase.Gather;
            case Phase.Gather:
                Current = resources switch
                {
                    < 100 => Phase.Gather,
                    >= 100 and < 500 => Phase.Build,
                    _ => Phase.Attack,
                };
                break;
            case Phase.Build:
                Current = army > enemyArmy ? Phase.Attack : Phase.Build;
                break;
            case Phase.Attack when army * 2 < enemyArmy:
                goto retreat;
            case Phase.Attack:
                break;
            case Phase.Retreat:
                Current = Phase.Gather;
                break;
        }

        return Current;

    retreat:
        Current = Phase.Retreat;
        return Current;
    }
}
