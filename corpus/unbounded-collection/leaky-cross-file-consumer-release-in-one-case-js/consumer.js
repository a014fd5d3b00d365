// Only the 'invoice.paid' case takes the delivery out again; the others, and a failure, keep it.
'use strict';
const { begin, done } = require('./inflight');

async function consume(channel, invoices) {
  await channel.consume('invoices', async (msg) => {
    const key = begin(msg); // expect: unbounded-collection
    try {
      const event = JSON.parse(msg.content.toString());
      switch (event.type) {
        case 'invoice.paid':
          await invoices.markPaid(event.id);
          done(key);
          break;
        case 'invoice.voided':
          await invoices.void(event.id);
          break;
        default:
          break;
      }
      channel.ack(msg);
    } catch (err) {
      channel.nack(msg, false, false);
    }
  });
}

module.exports = { consume };
