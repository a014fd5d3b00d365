// Follows one shipment's scans on the emitter its options name.
import type { EventEmitter } from 'node:events';

export class ScanTracker {
  private readonly scans: EventEmitter;

  constructor({ scans }: { scans: EventEmitter }) {
    this.scans = scans;
  }

  follow(parcelId: string, onScan: (scan: { place: string }) => void): void {
    this.scans.on(`scan:${parcelId}`, onScan);
  }
}
