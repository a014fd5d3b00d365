// setInterval imported from node:timers is the same timer; the handle is dropped per call.
import { setInterval as every } from 'node:timers';

export function trackUpload(upload, onProgress) {
  every(() => onProgress(upload.bytesSent / upload.total), 250); // expect: uncleared-interval
}
