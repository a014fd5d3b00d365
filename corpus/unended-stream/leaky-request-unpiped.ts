// An upload middleware stops parsing on the first error by unpiping the request from the
// parser, then calls next(err). The request stays paused with its body unread: the connection
// and whatever it buffered stay until the client gives up.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createParser } from './multipart';

export function uploads(req: IncomingMessage, res: ServerResponse, next: (err?: Error) => void): void {
  const parser = createParser(req.headers);
  let finished = false;
  function fail(err: Error): void {
    if (finished) return;
    finished = true;
    req.unpipe(parser); // expect: unended-stream
    parser.removeAllListeners();
    next(err);
  }
  parser.on('error', fail);
  parser.on('finish', () => next());
  req.pipe(parser);
}
