// expect: RCX0001
// Tries: takes a denied enum constant as a default parameter value.
public sealed class Bot
{
    public int Act(int access = (int)System.IO.FileAccess.ReadWrite) => access;
}
