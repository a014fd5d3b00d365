// Each connection keeps the subscription for the symbols it asked for, and ends the one it
// held before subscribing again for a new list.
const { filter } = require('rxjs/operators');
const { prices$ } = require('./feed');

function serve(wss) {
  wss.on('connection', (ws) => {
    let current = null;
    const stop = () => {
      if (current) current.unsubscribe();
      current = null;
    };
    ws.on('message', (raw) => {
      const command = JSON.parse(raw);
      if (command.type !== 'watch') return;
      const symbols = new Set(command.symbols);
      stop();
      current = prices$.pipe(filter((tick) => symbols.has(tick.symbol))).subscribe((tick) => ws.send(JSON.stringify(tick)));
    });
    ws.on('close', stop);
  });
}

module.exports = { serve };
