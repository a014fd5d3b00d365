// Outgoing webhooks, sent one at a time by a module-level queue.
import PQueue from 'p-queue';

const deliveries = new PQueue({ concurrency: 1 });

export function notifyOrderPlaced(ctx) {
  deliveries.add(async () => {
    await fetch(process.env.ORDER_HOOK_URL, {
      method: 'POST',
      body: JSON.stringify({ order: ctx.request.body, by: ctx.state.user?.id }),
    });
  });
}
