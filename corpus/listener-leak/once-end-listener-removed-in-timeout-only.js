'use strict';
const { io } = require('socket.io-client');

const engine = io(process.env.ENGINE_URL || 'http://engine:4000');
let seq = 0;

function ask(question, timeoutMs = 4000) {
  const id = ++seq;
  return new Promise((resolve, reject) => {
    const onAnswer = (msg) => {
      if (msg.id !== id) return;
      clearTimeout(timer);
      engine.off('answer', onAnswer);
      resolve(msg.text);
    };
    const onDrop = () => {
      clearTimeout(timer);
      engine.off('answer', onAnswer);
      reject(new Error('engine went away'));
    };
    const timer = setTimeout(() => {
      engine.off('answer', onAnswer);
      engine.off('disconnect', onDrop);
      reject(new Error('engine did not answer'));
    }, timeoutMs);
    engine.on('answer', onAnswer);
    engine.once('disconnect', onDrop); // expect: listener-leak
    engine.emit('question', { id, question });
  });
}

module.exports = { ask };
