// Hands back a signal that aborts after a delay: `AbortSignal.timeout()` where the runtime has it,
// written by hand where it does not. It guards no work of its caller's, so its callers are not
// told about its timer; the timer itself is judged here, and shown at the call that repeats.
module.exports.abortAfter = (ms) => {
  try {
    return AbortSignal.timeout(ms);
  } catch (_) {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), ms);
    return controller.signal;
  }
};
