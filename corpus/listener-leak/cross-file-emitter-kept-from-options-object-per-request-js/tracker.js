// Follows one shipment's scans on the emitter its options name; it never stops following.
class ScanTracker {
  constructor(options) {
    this.scans = options.scans;
    this.label = options.label || 'scan';
  }

  follow(parcelId, onScan) {
    this.scans.on(`${this.label}:${parcelId}`, onScan);
  }
}

module.exports = { ScanTracker };
