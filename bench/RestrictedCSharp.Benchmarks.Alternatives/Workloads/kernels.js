// The bot kernels of BotKernels.cs and GameKernels.cs in JavaScript, for Jint. Same algorithms, same
// data, same checksums; each language's natural collections (Map for Dictionary, arrays for List).

function ArrayMath() {
  const size = 128;
  let map = new Array(size * size).fill(0);
  let next = new Array(size * size).fill(0);
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++)
      map[y * size + x] = (x * 31 + y * 17) % 256;
  for (let pass = 0; pass < 4; pass++) {
    for (let y = 1; y < size - 1; y++) {
      for (let x = 1; x < size - 1; x++) {
        let sum = 0;
        for (let dy = -1; dy <= 1; dy++)
          for (let dx = -1; dx <= 1; dx++)
            sum += map[(y + dy) * size + x + dx];
        next[y * size + x] = Math.floor(sum / 9);
      }
    }
    const t = map; map = next; next = t;
  }
  let checksum = 0;
  for (const v of map) checksum += v;
  return checksum;
}

function RecursiveSearch() {
  const nodes = { count: 0 };
  const best = alphaBetaHeaps([5, 6, 7, 4], 9, -2147483647, 2147483647, nodes);
  return best * 1000000 + nodes.count;
}

function alphaBetaHeaps(heaps, depth, alpha, beta, nodes) {
  nodes.count++;
  if (depth === 0) return evaluateHeaps(heaps);
  let any = false;
  for (let h = 0; h < heaps.length; h++) {
    for (let take = 1; take <= 3 && take <= heaps[h]; take++) {
      any = true;
      heaps[h] -= take;
      const score = -alphaBetaHeaps(heaps, depth - 1, -beta, -alpha, nodes);
      heaps[h] += take;
      if (score > alpha) alpha = score;
      if (alpha >= beta) return alpha;
    }
  }
  return any ? alpha : -1000;
}

function evaluateHeaps(heaps) {
  let x = 0;
  for (const h of heaps) x ^= h % 4;
  return x === 0 ? -1 : 1;
}

function DictionaryHeavy() {
  const counts = new Map();
  const seen = new Map();
  let total = 0;
  for (let i = 0; i < 20000; i++) {
    const key = (i * 7919) % 1021;
    const c = counts.get(key);
    counts.set(key, c !== undefined ? c + 1 : 1);
    const pair = (key % 37) * 11 + i % 11;
    const s = seen.get(pair);
    if (s !== undefined) total += s; else seen.set(pair, i);
  }
  for (const [key, value] of counts) total += key * value;
  return total + seen.size;
}

function LinqHeavy() {
  const units = [];
  for (let i = 0; i < 2000; i++) units.push({ id: i, hp: (i * 37) % 100, team: i % 5, attack: (i * 13) % 50 });
  let total = 0;
  for (let round = 0; round < 5; round++) {
    const groups = new Map();
    for (const u of units.filter(u => u.hp > 20 + round)) {
      if (!groups.has(u.team)) groups.set(u.team, []);
      groups.get(u.team).push(u);
    }
    const threats = [...groups].map(([team, members]) => ({
      team,
      power: members.reduce((sum, u) => sum + u.attack, 0),
      best: [...members].sort((a, b) => b.hp - a.hp)[0].id,
    })).sort((a, b) => a.power - b.power);
    total += threats.reduce((sum, t) => sum + t.power + t.best, 0) + units.filter(u => u.attack > round * 10).length;
  }
  return total;
}

function GridSearch() {
  const w = 96, h = 96;
  const walls = new Array(w * h);
  for (let i = 0; i < walls.length; i++) walls[i] = (i * 2654435761) % 7 === 0;
  const directions = [[1, 0], [-1, 0], [0, 1], [0, -1]];
  let total = 0;
  for (let start = 0; start < 4; start++) {
    const fromX = start * 3 + 1, fromY = 1;
    const dist = new Array(w * h).fill(-1);
    const queue = [];
    let head = 0;
    queue.push([fromX, fromY]);
    dist[fromY * w + fromX] = 0;
    while (head < queue.length) {
      const [px, py] = queue[head++];
      for (const [dx, dy] of directions) {
        const nx = px + dx, ny = py + dy;
        if (!(nx >= 0 && ny >= 0 && nx < w && ny < h) || walls[ny * w + nx] || dist[ny * w + nx] >= 0) continue;
        dist[ny * w + nx] = dist[py * w + px] + 1;
        queue.push([nx, ny]);
      }
    }
    for (const d of dist) total += d;
  }
  return total;
}

function FloodFill() {
  const w = 128, h = 128;
  const open = new Array(w * h).fill(false);
  const region = new Array(w * h).fill(0);
  const stack = new Array(w * h).fill(0);
  let checksum = 0;
  for (let pass = 1; pass <= 4; pass++) {
    let seed = pass;
    for (let i = 0; i < open.length; i++) {
      seed = (seed * 75 + 74) % 65537;
      open[i] = seed % 100 >= 45;
      region[i] = 0;
    }
    let regions = 0, squares = 0;
    for (let start = 0; start < open.length; start++) {
      if (!open[start] || region[start] !== 0) continue;
      regions++;
      let size = 0, top = 0;
      stack[top++] = start;
      region[start] = regions;
      while (top > 0) {
        const p = stack[--top];
        size++;
        const x = p % w, y = Math.floor(p / w);
        if (x > 0 && open[p - 1] && region[p - 1] === 0) { region[p - 1] = regions; stack[top++] = p - 1; }
        if (x < w - 1 && open[p + 1] && region[p + 1] === 0) { region[p + 1] = regions; stack[top++] = p + 1; }
        if (y > 0 && open[p - w] && region[p - w] === 0) { region[p - w] = regions; stack[top++] = p - w; }
        if (y < h - 1 && open[p + w] && region[p + w] === 0) { region[p + w] = regions; stack[top++] = p + w; }
      }
      squares += size * size;
    }
    checksum += regions * 1000000000 + squares;
  }
  return checksum;
}

function AlphaBeta() {
  const board = new Array(9).fill(0);
  const nodes = { count: 0 };
  let total = 0;
  for (let first = 0; first < 9; first++) {
    for (let second = 0; second < 9; second++) {
      if (second === first) continue;
      board[first] = 1;
      board[second] = 2;
      const score = searchTicTacToe(board, 1, -2, 2, nodes);
      board[first] = 0;
      board[second] = 0;
      total += (score + 1) * (first * 9 + second + 1);
    }
  }
  return total * 1000000 + nodes.count;
}

const LINES = [0, 1, 2, 3, 4, 5, 6, 7, 8, 0, 3, 6, 1, 4, 7, 2, 5, 8, 0, 4, 8, 2, 4, 6];

function searchTicTacToe(board, player, alpha, beta, nodes) {
  nodes.count++;
  const winner = winnerOf(board);
  if (winner !== 0) return winner === player ? 1 : -1;
  let moved = false;
  for (let i = 0; i < 9; i++) {
    if (board[i] !== 0) continue;
    moved = true;
    board[i] = player;
    const score = -searchTicTacToe(board, 3 - player, -beta, -alpha, nodes);
    board[i] = 0;
    if (score > alpha) alpha = score;
    if (alpha >= beta) return alpha;
  }
  return moved ? alpha : 0;
}

function winnerOf(board) {
  for (let l = 0; l < LINES.length; l += 3) {
    const a = board[LINES[l]];
    if (a !== 0 && a === board[LINES[l + 1]] && a === board[LINES[l + 2]]) return a;
  }
  return 0;
}
