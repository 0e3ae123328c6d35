// A chess-style bot with a value-type board (twelve bitboards, about 100 bytes) copied in every frame
// of its search, a public leaf entry and a struct enumerator: accepted, with frames far under RCX0501's limit.
using System;

public struct Board
{
    public ulong WhitePawns, WhiteKnights, WhiteBishops, WhiteRooks, WhiteQueens, WhiteKing;
    public ulong BlackPawns, BlackKnights, BlackBishops, BlackRooks, BlackQueens, BlackKing;
    public int SideToMove;

    public readonly ulong Occupied => WhitePawns | WhiteKnights | WhiteBishops | WhiteRooks | WhiteQueens | WhiteKing
        | BlackPawns | BlackKnights | BlackBishops | BlackRooks | BlackQueens | BlackKing;

    public readonly Board Play(int from, int to)
    {
        Board next = this;
        ulong move = (1UL << from) | (1UL << to);
        if (SideToMove == 0) next.WhitePawns ^= move; else next.BlackPawns ^= move;
        next.SideToMove = 1 - SideToMove;
        return next;
    }

    public readonly Squares Pieces() => new Squares(Occupied);
}

public struct Squares
{
    private ulong _left;
    private int _current;

    public Squares(ulong bits) { _left = bits; _current = -1; }

    public readonly Squares GetEnumerator() => this;

    public readonly int Current => _current;

    public bool MoveNext()
    {
        if (_left == 0) return false;
        _current = System.Numerics.BitOperations.TrailingZeroCount(_left);
        _left &= _left - 1;
        return true;
    }
}

public sealed class Bot
{
    public int Evaluate(Board board) => System.Numerics.BitOperations.PopCount(board.WhitePawns) - System.Numerics.BitOperations.PopCount(board.BlackPawns);

    public int Search(Board board, int depth)
    {
        if (depth == 0) return Evaluate(board);
        int best = int.MinValue;
        foreach (int square in board.Pieces())
        {
            int score = -Search(board.Play(square, (square + 8) & 63), depth - 1);
            best = Math.Max(best, score);
        }

        return best;
    }
}
