import type { IncomingMessage, ServerResponse } from 'node:http';
import { createParser } from './multipart';

export function receive(req: IncomingMessage, res: ServerResponse): void {
  const parser = createParser(req.headers);
  const stop = (status: number): void => {
    req.unpipe(parser);
    req.on('readable', req.read.bind(req));
    parser.removeAllListeners();
    res.writeHead(status).end();
  };
  parser.on('error', () => stop(400));
  parser.on('limit', () => stop(413));
  parser.on('finish', () => res.writeHead(204).end());
  req.pipe(parser);
}
