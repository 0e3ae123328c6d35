// expect: RCX0001
// Tries: calls the denied API inside a local function.
public sealed class Bot
{
    public int Act()
    {
        return Quit();

        static int Quit()
        {
            System.Environment.Exit(1);
            return 0;
        }
    }
}
