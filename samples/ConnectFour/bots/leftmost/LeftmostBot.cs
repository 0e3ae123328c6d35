using ConnectFour.Api;

namespace ConnectFour.Bots.Leftmost;

/// <summary>The simplest sample: the leftmost column with room.</summary>
public sealed class LeftmostBot : ConnectFourBot
{
    public override int Choose(Board board)
    {
        for (var column = 0; column < board.Width; column++)
        {
            if (board.CanDrop(column)) return column;
        }
        return 0;
    }
}
