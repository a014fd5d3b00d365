'use strict';

const { TranscodeTask } = require('./transcode-task');

function consume(queue) {
  queue.on('message', (message) => {
    const task = new TranscodeTask(message.input, message.profile);
    task.once('encoded', (output) => queue.ack(message, output));
    task.once('broken', (error) => queue.nack(message, error));
    task.begin(); // expect: listener-leak
  });
}

module.exports = { consume };
