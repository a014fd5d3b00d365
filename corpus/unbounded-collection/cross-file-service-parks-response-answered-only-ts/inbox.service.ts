// A singleton service that parks each long-poll response by user until a message arrives.
// Only an arriving message takes a user's group out; a client that gives up first stays.
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
  }

  post(userId: string, message: { text: string }): number {
    const group = this.parked.get(userId);
    if (!group) return 0;
    this.parked.delete(userId);
    for (const res of group) res.json({ messages: [message] });
    return group.length;
  }
}
