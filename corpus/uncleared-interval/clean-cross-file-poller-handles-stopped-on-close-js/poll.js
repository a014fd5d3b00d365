// Polls a job's status until told to stop.
function pollStatus(url, ms, report) {
  const timer = setInterval(async () => {
    const res = await fetch(url);
    if (res.ok) report(await res.json());
  }, ms);
  return { stop: () => clearInterval(timer) };
}

module.exports = { pollStatus };
