// The same restart through a helper that stores the handle in a field of the module's state
// object: the reload that calls it never clears the previous one.
import fs from "node:fs";

interface State {
  everyMs: number;
  timer: NodeJS.Timeout | null;
}

const state: State = { everyMs: 10_000, timer: null };

function tick(): void {
  console.log("tick", new Date().toISOString());
}

function schedule(): void {
  state.timer = setInterval(tick, state.everyMs); // expect: uncleared-interval
}

function reload(): void {
  state.everyMs = JSON.parse(fs.readFileSync("/etc/ticker.json", "utf8")).everyMs;
  schedule();
}

schedule();
process.on("SIGHUP", reload);
process.once("SIGTERM", () => {
  if (state.timer) clearInterval(state.timer);
});
