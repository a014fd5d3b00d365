import { EventEmitter } from 'node:events';

const changes = new EventEmitter();

export function reportChange(table) {
  changes.emit('changed', table);
}

export function onSchemaChange(fn) {
  changes.on('changed', fn);
}

export function offSchemaChange(fn) {
  changes.off('changed', fn);
}
