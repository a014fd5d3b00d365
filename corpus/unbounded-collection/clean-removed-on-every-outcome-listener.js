'use strict';

const { QueueEvents } = require('bullmq');

const events = new QueueEvents('thumbnails');
const subscribers = new Map();

function follow(jobId, socket) {
  const list = subscribers.get(jobId) || [];
  list.push(socket);
  subscribers.set(jobId, list);
}

events.on('completed', ({ jobId, returnvalue }) => {
  for (const socket of subscribers.get(jobId) || []) socket.emit('thumb:ready', returnvalue);
  subscribers.delete(jobId);
});

events.on('failed', ({ jobId, failedReason }) => {
  for (const socket of subscribers.get(jobId) || []) socket.emit('thumb:failed', failedReason);
  subscribers.delete(jobId);
});

module.exports = { follow };
