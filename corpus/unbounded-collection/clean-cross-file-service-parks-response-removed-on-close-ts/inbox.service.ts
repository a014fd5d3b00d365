// A singleton service that parks each long-poll response by user until a message arrives,
// and takes a response out when its client goes away first.
import { Injectable } from '@nestjs/common';
import type { Response } from 'express';

@Injectable()
export class InboxService {
  private readonly parked = new Map<string, Response[]>();

  park(userId: string, res: Response): void {
    let group = this.parked.get(userId);
    if (!group) {
      group = [];
      this.parked.set(userId, group);
    }
    group.push(res);
    res.on('close', () => this.forget(userId, res));
  }

  private forget(userId: string, res: Response): void {
    const group = this.parked.get(userId);
    if (!group) return;
    const at = group.indexOf(res);
    if (at >= 0) group.splice(at, 1);
    if (group.length === 0) this.parked.delete(userId);
  }

  post(userId: string, message: { text: string }): number {
    const group = this.parked.get(userId);
    if (!group) return 0;
    this.parked.delete(userId);
    for (const res of group) res.json({ messages: [message] });
    return group.length;
  }
}
