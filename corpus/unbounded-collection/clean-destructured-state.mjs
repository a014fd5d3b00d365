// Grown through the state object, drained through a destructured alias.
import { EventEmitter } from 'node:events';

export const bus = new EventEmitter();
const state = { pending: [] };

bus.on('job', (job) => {
  state.pending.push(job);
});

bus.on('tick', () => {
  const { pending } = state;
  while (pending.length) pending.pop();
});
