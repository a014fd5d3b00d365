import { io } from 'socket.io-client';

const engine = io(process.env.ENGINE_URL ?? 'http://engine:4000');
let seq = 0;

export function ask(question: string, timeoutMs = 4000): Promise<string> {
  const id = ++seq;
  return new Promise((resolve, reject) => {
    const onAnswer = (msg: { id: number; text: string }) => {
      if (msg.id !== id) return;
      clearTimeout(timer);
      engine.off('answer', onAnswer);
      engine.off('disconnect', onDrop);
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
    engine.once('disconnect', onDrop);
    engine.emit('question', { id, question });
  });
}
