// A second entry point that calls the helpers from `start()`, which runs once.
import { everyMinute, onShutdown } from './lifecycle';

function start(): void {
  const jobs: string[] = [];
  onShutdown(() => console.log('pending jobs', jobs.length));
  everyMinute(() => jobs.splice(0, jobs.length));
}

start();
