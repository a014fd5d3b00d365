import { EventEmitter } from 'node:events';
import type { Socket } from 'socket.io';

interface RenderJob {
  jobId: string;
  socket: Socket;
  startedAt: number;
}

export const renders = new EventEmitter();
const inFlight: Record<string, RenderJob> = {};

renders.on('render:done', ({ jobId, url }: { jobId: string; url: string }) => {
  const job = inFlight[jobId];
  delete inFlight[jobId];
  job?.socket.emit('rendered', { url, ms: Date.now() - job.startedAt });
});

renders.on('render:fail', ({ jobId, error }: { jobId: string; error: string }) => {
  console.warn(`render ${jobId} failed`, error);
  inFlight[jobId]?.socket.emit('render-failed', { error });
  delete inFlight[jobId];
});

export function onRenderRequest(socket: Socket): void {
  socket.on('render', (scene: unknown) => {
    const jobId = `${socket.id}-${Date.now()}`;
    inFlight[jobId] = { jobId, socket, startedAt: Date.now() };
    renders.emit('render:start', { jobId, scene });
  });
}
