// One presence hub for the whole process.
import { EventEmitter } from 'node:events';

export const hub = new EventEmitter();
