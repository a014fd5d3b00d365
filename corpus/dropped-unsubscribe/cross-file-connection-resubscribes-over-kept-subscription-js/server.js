// Each connection keeps the subscription for the symbols it asked for. A client sends 'watch'
// again whenever its list changes, and each one is stored over the last without ending it.
const { filter } = require('rxjs/operators');
const { prices$ } = require('./feed');

function serve(wss) {
  wss.on('connection', (ws) => {
    let current = null;
    ws.on('message', (raw) => {
      const command = JSON.parse(raw);
      if (command.type !== 'watch') return;
      const symbols = new Set(command.symbols);
      current = prices$.pipe(filter((tick) => symbols.has(tick.symbol))).subscribe((tick) => ws.send(JSON.stringify(tick))); // expect: dropped-unsubscribe
    });
    ws.on('close', () => current && current.unsubscribe());
  });
}

module.exports = { serve };
