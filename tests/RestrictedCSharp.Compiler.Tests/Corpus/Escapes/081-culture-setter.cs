// expect: RCX0001
// Tries: changes the process's culture for every later call.
using System.Globalization;

public sealed class Bot
{
    public void Act() => CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
}
