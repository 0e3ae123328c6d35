// Custom exception types thrown, filtered and caught.
using System;
using System.Collections.Generic;

namespace Rules;

public class IllegalMoveException(string move, string reason) : Exception($"illegal move {move}: {reason}")
{
    public string Move { get; } = move;
}

public sealed class OutOfBoardException(string move) : IllegalMoveException(move, "off the board");

public sealed class Bot
{
    private readonly HashSet<string> _occupied = ["a1", "b2"];

    public string Act(IEnumerable<string> candidates)
    {
        foreach (var move in candidates)
        {
            try
            {
                Validate(move);
                return move;
            }
            catch (OutOfBoardException)
            {
                continue;
            }
            catch (IllegalMoveException e) when (e.Move.StartsWith('a'))
            {
                continue;
            }
            catch (IllegalMoveException e)
            {
                _ = e.Message;
            }
            finally
            {
                _occupied.Remove("tmp");
            }
        }

        throw new InvalidOperationException("no legal move");
    }

    private void Validate(string move)
    {
        ArgumentException.ThrowIfNullOrEmpty(move);
        if (move.Length != 2 || move[0] is < 'a' or > 'h')
        {
            throw new OutOfBoardException(move);
        }

        if (_occupied.Contains(move))
        {
            throw new IllegalMoveException(move, "occupied");
        }
    }
}
