import cluster from 'node:cluster';
import { startSupervisor } from './supervisor';

if (cluster.isPrimary) {
  startSupervisor(4);
} else {
  process.on('message', () => undefined);
}
