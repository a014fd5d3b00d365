import WebSocket from 'ws';
import type { Request, Response } from 'express';

interface Envelope<T> {
  correlationId: string;
  body: T;
}

const upstream = new WebSocket(process.env.LEDGER_WS ?? 'ws://ledger:7070');
let nextId = 0;

function call<T>(op: string, body: unknown, ms = 3000): Promise<T> {
  const correlationId = `${op}-${++nextId}`;
  return new Promise<T>((resolve, reject) => {
    let finish = (): void => undefined;
    const onMessage = (data: WebSocket.RawData): void => {
      const envelope = JSON.parse(data.toString()) as Envelope<T>;
      if (envelope.correlationId !== correlationId) return;
      finish();
      resolve(envelope.body);
    };
    const timer = setTimeout(() => reject(new Error(`${op} timed out`)), ms);
    finish = () => {
      clearTimeout(timer);
      upstream.off('message', onMessage);
    };
    upstream.on('message', onMessage); // expect: listener-leak
    upstream.send(JSON.stringify({ correlationId, op, body }));
  });
}

export async function balanceHandler(req: Request, res: Response): Promise<void> {
  const balance = await call<{ cents: number }>('balance', { account: req.params.account });
  res.json(balance);
}
