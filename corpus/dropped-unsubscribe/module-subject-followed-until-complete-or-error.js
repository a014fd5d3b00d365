// Server-sent price ticks, in JavaScript: the follow ends when the response's stream
// completes and when it fails.
const { Subject, tap } = require('rxjs');

const ticks$ = new Subject();

function streamTicks(req, res, body$) {
  const following = ticks$.subscribe((tick) => res.write(`data: ${JSON.stringify(tick)}\n\n`));
  body$.pipe(tap({
    complete: () => following.unsubscribe(),
    error: () => following.unsubscribe(),
  })).subscribe((chunk) => res.write(chunk));
}

module.exports = { ticks$, streamTicks };
