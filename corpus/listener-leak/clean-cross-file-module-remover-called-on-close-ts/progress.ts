// A module-level emitter of job progress, with a pair of functions to listen and stop.
import { EventEmitter } from 'node:events';

const jobs = new EventEmitter();

export function onProgress(jobId: string, handler: (data: unknown) => void): void {
  jobs.on(`progress:${jobId}`, handler);
}

export function offProgress(jobId: string, handler: (data: unknown) => void): void {
  jobs.off(`progress:${jobId}`, handler);
}
