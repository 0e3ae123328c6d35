// Boid-style steering with System.Numerics.Vector2.
using System.Collections.Generic;
using System.Numerics;

namespace Steering;

public sealed record Agent(Vector2 Position, Vector2 Velocity);

public sealed class Bot
{
    public Vector2 Steer(Agent me, IReadOnlyList<Agent> flock, Vector2 goal)
    {
        var separation = Vector2.Zero;
        var cohesion = Vector2.Zero;
        foreach (var other in flock)
        {
            var offset = me.Position - other.Position;
            var distance = offset.Length();
            if (distance is > 0 and < 2f)
            {
                separation += offset / (distance * distance);
            }

            cohesion += other.Position;
        }

        if (flock.Count > 0)
        {
            cohesion = (cohesion / flock.Count) - me.Position;
        }

        var seek = Vector2.Normalize(goal - me.Position);
        var desired = (seek * 1.5f) + separation + (cohesion * 0.1f);
        return Vector2.Clamp(desired, new Vector2(-1, -1), Vector2.One);
    }

    public float Heading(Vector2 v) => System.MathF.Atan2(v.Y, v.X);

    public float Distance(Vector3 a, Vector3 b) => Vector3.Distance(a, b);
}
