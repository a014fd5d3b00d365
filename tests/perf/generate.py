"""Synthetic projects for the linear-growth benchmark: N files of ordinary server code.

Each file is one of a few shapes real Node.js code has (an express router, a service class
with listeners and timers, a cache module, a TypeScript controller, a utility module), with
names varied by a seeded generator and relative imports between files, so the cross-file join
has work to do. The same seed and size always give the same project.
"""

from __future__ import annotations

import random
from pathlib import Path

ROUTER = """\
const express = require('express');
const {{ cache{dep} }} = require('./{dep_file}');

const router = express.Router();
const seen{n} = new Map();

router.get('/items{n}/:id', async (req, res) => {{
  const id = req.params.id;
  if (seen{n}.size > 1000) seen{n}.clear();
  seen{n}.set(id, Date.now());
  const item = cache{dep}.get(id) ?? {{ id, name: 'item {n}' }};
  res.json(item);
}});

router.post('/items{n}', (req, res) => {{
  const {{ name }} = req.body;
  setTimeout(() => console.log('created', name), 10);
  res.status(201).json({{ name }});
}});

module.exports = router;
"""

SERVICE = """\
const {{ EventEmitter }} = require('events');

class Service{n} extends EventEmitter {{
  constructor(bus) {{
    super();
    this.bus = bus;
    this.onTick = () => this.emit('tick', Date.now());
    this.bus.on('tick', this.onTick);
    this.timer = setInterval(() => this.poll(), {period});
  }}

  poll() {{
    for (let i = 0; i < {loops}; i++) {{
      this.emit('poll', i);
    }}
  }}

  close() {{
    clearInterval(this.timer);
    this.bus.off('tick', this.onTick);
  }}
}}

module.exports = {{ Service{n} }};
"""

CACHE = """\
export const cache{n} = new Map();

export function remember{n}(key, value) {{
  if (cache{n}.size >= {limit}) cache{n}.delete(cache{n}.keys().next().value);
  cache{n}.set(key, value);
}}

export function forget{n}(key) {{
  cache{n}.delete(key);
}}
"""

CONTROLLER = """\
import {{ Controller, Get, Param }} from '@nestjs/common';

interface Row{n} {{
  id: string;
  total: number;
}}

@Controller('reports{n}')
export class Reports{n}Controller {{
  private readonly rows: Row{n}[] = [];

  @Get(':id')
  find(@Param('id') id: string): Row{n} | undefined {{
    return this.rows.find((row) => row.id === id);
  }}

  summary(): number {{
    return this.rows.reduce((sum, row) => sum + row.total, {start});
  }}
}}
"""

UTIL = """\
export function chunk{n}(items, size = {size}) {{
  const out = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}}

export const format{n} = (value) => `${{value}}`.padStart({size}, '0');

export async function retry{n}(fn, times = 3) {{
  let last;
  for (let i = 0; i < times; i++) {{
    try {{
      return await fn();
    }} catch (error) {{
      last = error;
      await new Promise((resolve) => setTimeout(resolve, 2 ** i * 10));
    }}
  }}
  throw last;
}}
"""

SHAPES = [("router", ".js", ROUTER), ("service", ".js", SERVICE), ("cache", ".mjs", CACHE), ("controller", ".ts", CONTROLLER), ("util", ".mjs", UTIL)]


def generate(folder: Path, files: int, seed: int = 7) -> float:
    """Write `files` files below `folder`; returns their size in MB."""
    rng = random.Random(seed)
    total = 0
    for n in range(files):
        kind, suffix, template = SHAPES[n % len(SHAPES)]
        dep = max(0, n - rng.randint(1, 20))
        text = template.format(
            n=n, dep=dep, dep_file=f"../{(dep // 100):03d}/cache{dep}", period=rng.randint(100, 5000),
            loops=rng.randint(2, 9), limit=rng.randint(100, 10_000), start=rng.randint(0, 9), size=rng.randint(2, 9),
        )
        path = folder / f"{(n // 100):03d}" / f"{kind}{n}{suffix}"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        total += len(text.encode())
    return total / 1e6


if __name__ == "__main__":
    import sys

    size = int(sys.argv[2]) if len(sys.argv) > 2 else 1000
    print(f"{generate(Path(sys.argv[1]), size):.2f} MB")
