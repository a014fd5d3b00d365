// The program makes its one relay at start-up: one listener on the bus, for the program's life.
import { EventEmitter } from 'node:events';
import { AuditRelay } from './relay';

export const bus = new EventEmitter();
export const relay = new AuditRelay(bus, (line) => process.stdout.write(`${line}\n`));
