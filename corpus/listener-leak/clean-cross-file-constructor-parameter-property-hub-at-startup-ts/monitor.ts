// The monitor follows one account, once, as the process starts: one listener for the life of
// the process, not one per event.
import { EventEmitter } from 'node:events';
import { PresenceTracker } from './presence';

export const hub = new EventEmitter();
const tracker = new PresenceTracker(hub, 'ops');

tracker.follow('on-call', (status) => console.log(`on-call is ${status}`));
