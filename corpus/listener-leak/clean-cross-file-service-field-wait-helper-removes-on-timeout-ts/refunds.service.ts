import type { EventEmitter } from 'node:events';
import { waitFor } from './wait-for';

interface LedgerService extends EventEmitter {
  create(data: object, params?: object): Promise<{ id: string }>;
}

export class RefundService {
  private readonly ledger: LedgerService;

  constructor(app: { service(name: string): LedgerService }) {
    this.ledger = app.service('ledger');
  }

  async create(data: { orderId: string; amount: number }, params?: object) {
    const entry = await this.ledger.create({ kind: 'refund', orderId: data.orderId, amount: data.amount }, params);
    const posted = await waitFor<{ id: string; state: string }>(this.ledger, 'patched', (e) => e.id === entry.id && e.state !== 'pending', 15000);
    return { refundId: entry.id, state: posted.state };
  }
}
