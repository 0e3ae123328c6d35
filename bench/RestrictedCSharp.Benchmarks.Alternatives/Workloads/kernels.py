"""The bot kernels of BotKernels.cs and GameKernels.cs in Python, and the timing harness.

Same algorithms, same data, same checksums; each language's natural collections (dict with tuple
keys for Dictionary, lists for List, deque for Queue). Run as a script it times each kernel with the
harness protocol that PythonComparison.cs applies to plain C# and prints one JSON object per kernel.
"""
import json
import sys
import time
from collections import deque


def ArrayMath():
    size = 128
    grid = [0] * (size * size)
    nxt = [0] * (size * size)
    for y in range(size):
        for x in range(size):
            grid[y * size + x] = (x * 31 + y * 17) % 256
    for _ in range(4):
        for y in range(1, size - 1):
            for x in range(1, size - 1):
                total = 0
                for dy in range(-1, 2):
                    for dx in range(-1, 2):
                        total += grid[(y + dy) * size + x + dx]
                nxt[y * size + x] = total // 9
        grid, nxt = nxt, grid
    return sum(grid)


def RecursiveSearch():
    nodes = [0]
    best = _alpha_beta_heaps([5, 6, 7, 4], 9, -2147483647, 2147483647, nodes)
    return best * 1_000_000 + nodes[0]


def _alpha_beta_heaps(heaps, depth, alpha, beta, nodes):
    nodes[0] += 1
    if depth == 0:
        return _evaluate_heaps(heaps)
    any_move = False
    for h in range(len(heaps)):
        take = 1
        while take <= 3 and take <= heaps[h]:
            any_move = True
            heaps[h] -= take
            score = -_alpha_beta_heaps(heaps, depth - 1, -beta, -alpha, nodes)
            heaps[h] += take
            if score > alpha:
                alpha = score
            if alpha >= beta:
                return alpha
            take += 1
    return alpha if any_move else -1000


def _evaluate_heaps(heaps):
    x = 0
    for h in heaps:
        x ^= h % 4
    return -1 if x == 0 else 1


def DictionaryHeavy():
    counts = {}
    seen = {}
    total = 0
    for i in range(20_000):
        key = (i * 7919) % 1021
        counts[key] = counts.get(key, 0) + 1
        pair = (key % 37, i % 11)
        s = seen.get(pair)
        if s is not None:
            total += s
        else:
            seen[pair] = i
    for key, value in counts.items():
        total += key * value
    return total + len(seen)


def LinqHeavy():
    units = [(i, (i * 37) % 100, i % 5, (i * 13) % 50) for i in range(2_000)]  # id, hp, team, attack
    total = 0
    for rnd in range(5):
        groups = {}
        for u in units:
            if u[1] > 20 + rnd:
                groups.setdefault(u[2], []).append(u)
        threats = sorted(
            ((team, sum(u[3] for u in members), sorted(members, key=lambda u: -u[1])[0][0])
             for team, members in groups.items()),
            key=lambda t: t[1])
        total += sum(t[1] + t[2] for t in threats) + sum(1 for u in units if u[3] > rnd * 10)
    return total


def GridSearch():
    w, h = 96, 96
    walls = [(i * 2654435761) % 7 == 0 for i in range(w * h)]
    directions = ((1, 0), (-1, 0), (0, 1), (0, -1))
    total = 0
    for start in range(4):
        fx, fy = start * 3 + 1, 1
        dist = [-1] * (w * h)
        queue = deque([(fx, fy)])
        dist[fy * w + fx] = 0
        while queue:
            px, py = queue.popleft()
            for dx, dy in directions:
                nx, ny = px + dx, py + dy
                if not (0 <= nx < w and 0 <= ny < h) or walls[ny * w + nx] or dist[ny * w + nx] >= 0:
                    continue
                dist[ny * w + nx] = dist[py * w + px] + 1
                queue.append((nx, ny))
        total += sum(dist)
    return total


def FloodFill():
    w, h = 128, 128
    is_open = [False] * (w * h)
    region = [0] * (w * h)
    stack = [0] * (w * h)
    checksum = 0
    for pass_ in range(1, 5):
        seed = pass_
        for i in range(w * h):
            seed = (seed * 75 + 74) % 65537
            is_open[i] = seed % 100 >= 45
            region[i] = 0
        regions = 0
        squares = 0
        for start in range(w * h):
            if not is_open[start] or region[start] != 0:
                continue
            regions += 1
            size = 0
            top = 0
            stack[top] = start
            top += 1
            region[start] = regions
            while top > 0:
                top -= 1
                p = stack[top]
                size += 1
                x, y = p % w, p // w
                if x > 0 and is_open[p - 1] and region[p - 1] == 0:
                    region[p - 1] = regions; stack[top] = p - 1; top += 1
                if x < w - 1 and is_open[p + 1] and region[p + 1] == 0:
                    region[p + 1] = regions; stack[top] = p + 1; top += 1
                if y > 0 and is_open[p - w] and region[p - w] == 0:
                    region[p - w] = regions; stack[top] = p - w; top += 1
                if y < h - 1 and is_open[p + w] and region[p + w] == 0:
                    region[p + w] = regions; stack[top] = p + w; top += 1
            squares += size * size
        checksum += regions * 1_000_000_000 + squares
    return checksum


_LINES = (0, 1, 2, 3, 4, 5, 6, 7, 8, 0, 3, 6, 1, 4, 7, 2, 5, 8, 0, 4, 8, 2, 4, 6)


def AlphaBeta():
    board = [0] * 9
    nodes = [0]
    total = 0
    for first in range(9):
        for second in range(9):
            if second == first:
                continue
            board[first] = 1
            board[second] = 2
            score = _search_tic_tac_toe(board, 1, -2, 2, nodes)
            board[first] = 0
            board[second] = 0
            total += (score + 1) * (first * 9 + second + 1)
    return total * 1_000_000 + nodes[0]


def _search_tic_tac_toe(board, player, alpha, beta, nodes):
    nodes[0] += 1
    winner = _winner(board)
    if winner != 0:
        return 1 if winner == player else -1
    moved = False
    for i in range(9):
        if board[i] != 0:
            continue
        moved = True
        board[i] = player
        score = -_search_tic_tac_toe(board, 3 - player, -beta, -alpha, nodes)
        board[i] = 0
        if score > alpha:
            alpha = score
        if alpha >= beta:
            return alpha
    return alpha if moved else 0


def _winner(board):
    for l in range(0, len(_LINES), 3):
        a = board[_LINES[l]]
        if a != 0 and a == board[_LINES[l + 1]] and a == board[_LINES[l + 2]]:
            return a
    return 0


def time_kernel(kernel, warmup, min_reps, min_seconds):
    """The harness protocol: warm-up and timed runs, each until both a count and a time are reached; the median."""
    started = time.perf_counter()
    done = 0
    while done < warmup or time.perf_counter() - started < min_seconds:
        kernel()
        done += 1
    samples = []
    started = time.perf_counter()
    checksum = None
    while len(samples) < min_reps or time.perf_counter() - started < min_seconds:
        t0 = time.perf_counter()
        checksum = kernel()
        samples.append(time.perf_counter() - t0)
    samples.sort()
    n = len(samples)
    median = samples[n // 2] if n % 2 else (samples[n // 2 - 1] + samples[n // 2]) / 2
    return checksum, median * 1000.0, n


def main(argv):
    # kernels.py WARMUP MIN_REPS MIN_SECONDS NAME...
    warmup, min_reps, min_seconds = int(argv[0]), int(argv[1]), float(argv[2])
    for name in argv[3:]:
        checksum, median_ms, reps = time_kernel(globals()[name], warmup, min_reps, min_seconds)
        print(json.dumps({"kernel": name, "checksum": checksum, "medianMs": median_ms, "reps": reps}), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
