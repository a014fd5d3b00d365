import { EventEmitter } from 'node:events';

export type Alert = { level: 'info' | 'critical'; text: string };

class AlertCenter {
  private readonly channel = new EventEmitter();

  raise(alert: Alert): void {
    this.channel.emit('alert', alert);
  }

  subscribeAlerts(handler: (alert: Alert) => void): void {
    this.channel.on('alert', handler);
  }

  unsubscribeAlerts(handler: (alert: Alert) => void): void {
    this.channel.off('alert', handler);
  }
}

export const alerts = new AlertCenter();
