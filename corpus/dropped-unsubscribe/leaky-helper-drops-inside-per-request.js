// The helper drops the subscription it makes; the route calls it once per request, so each
// request leaves a subscriber (holding its response) on the module's subject.
const express = require('express');
const { Subject } = require('rxjs');

const prices = new Subject();

function streamTo(source, write) {
  source.subscribe((value) => write(`data: ${JSON.stringify(value)}\n\n`));
}

const app = express();
app.get('/prices', (req, res) => {
  res.writeHead(200, { 'content-type': 'text/event-stream' });
  streamTo(prices, (chunk) => res.write(chunk)); // expect: dropped-unsubscribe
});
app.listen(3000);
