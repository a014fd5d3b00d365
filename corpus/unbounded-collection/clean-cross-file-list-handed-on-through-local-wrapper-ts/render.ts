// Each render times the template engine's `compile` through a local wrapper, with a patch list
// of its own that the request restores before it answers.
import express from 'express';
import { restoreAll, wrap, type Patch } from './patching';

declare const engine: { compile(src: string): string; render(slug: string): string };

const app = express();

function timeCompile(timings: number[], records: Patch[]): void {
  wrap(engine as unknown as Record<string, any>, 'compile', (original) => (...args: unknown[]) => {
    const started = Date.now();
    try {
      return original(...args);
    } finally {
      timings.push(Date.now() - started);
    }
  }, records);
}

app.get('/pages/:slug', (req, res) => {
  const timings: number[] = [];
  const patches: Patch[] = [];
  timeCompile(timings, patches);
  try {
    res.send(engine.render(req.params.slug));
  } finally {
    restoreAll(patches);
  }
});

export default app;
