'use strict';

const { EventEmitter } = require('node:events');
const { Observable } = require('rxjs');

const jobs = new EventEmitter();

function jobUpdates(jobId) {
  return new Observable((subscriber) => {
    const onUpdate = (update) => {
      if (update.id !== jobId) return;
      subscriber.next(update);
      if (update.state === 'done') {
        jobs.removeListener('update', onUpdate);
        subscriber.complete();
      }
    };
    jobs.on('update', onUpdate);
    return () => jobs.removeListener('update', onUpdate);
  });
}

module.exports = { jobs, jobUpdates };
