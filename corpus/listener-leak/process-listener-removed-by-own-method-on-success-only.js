class JobGuard {
  watch(job) {
    this.onSignal = () => job.cancel('shutting down');
    process.on('SIGTERM', this.onSignal); // expect: listener-leak
    job.run().then(
      () => this.release(),
      (err) => console.error('job failed', err),
    );
  }

  release() {
    process.removeListener('SIGTERM', this.onSignal);
  }
}

module.exports = new JobGuard();
