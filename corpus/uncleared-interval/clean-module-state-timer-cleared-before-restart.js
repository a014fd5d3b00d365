// The restart clears the running interval first, in the helper or in the reload that calls it.
const fs = require("fs");

const state = { everyMs: 10000, timer: null };

function tick() {
  console.log("tick", new Date().toISOString());
}

function schedule() {
  if (state.timer) clearInterval(state.timer);
  state.timer = setInterval(tick, state.everyMs);
}

let beat = null;

function restartBeat() {
  beat = setInterval(() => console.log("beat"), 60000);
}

function reload() {
  state.everyMs = JSON.parse(fs.readFileSync("/etc/ticker.json", "utf8")).everyMs;
  schedule();
  clearInterval(beat);
  restartBeat();
}

schedule();
restartBeat();
process.on("SIGHUP", reload);
process.once("SIGTERM", () => {
  clearInterval(state.timer);
  clearInterval(beat);
});
