// Changing the default switches the warning off for every emitter in the process.
import EventEmitter from 'node:events';
import events from 'events';

EventEmitter.defaultMaxListeners = 0; // expect: max-listeners-disabled
events.defaultMaxListeners = Infinity; // expect: max-listeners-disabled
