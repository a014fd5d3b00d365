// A warning appeared under load, and someone made it go away instead of finding the leak.
const { EventEmitter } = require('node:events');

const jobs = new EventEmitter();
jobs.setMaxListeners(0); // expect: max-listeners-disabled

function onJob(handler) {
  jobs.on('job', handler); // expect: listener-leak
}

module.exports = { jobs, onJob };
