// Server-sent price ticks: each request follows the module's ticker until the
// response stream it feeds completes; an error in that stream leaves it following.
const { Subject, tap } = require('rxjs');

const ticks$ = new Subject();

function streamTicks(req, res, body$) {
  const following = ticks$.subscribe((tick) => res.write(`data: ${JSON.stringify(tick)}\n\n`)); // expect: dropped-unsubscribe
  body$.pipe(tap({ complete: () => following.unsubscribe() })).subscribe((chunk) => res.write(chunk));
}

module.exports = { ticks$, streamTicks };
