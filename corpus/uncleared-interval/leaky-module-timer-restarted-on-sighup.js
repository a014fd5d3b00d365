// A metrics pusher restarts its interval whenever SIGHUP reloads the config, storing the new
// handle over the old one without clearing it: every reload leaves one more interval pushing.
const fs = require("fs");

let config = JSON.parse(fs.readFileSync("/etc/pusher.json", "utf8"));
let pushTimer = null;

function push() {
  fetch(config.endpoint, { method: "POST", body: JSON.stringify({ at: Date.now() }) }).catch(() => {});
}

process.on("SIGHUP", () => {
  config = JSON.parse(fs.readFileSync("/etc/pusher.json", "utf8"));
  pushTimer = setInterval(push, config.everyMs); // expect: uncleared-interval
});

pushTimer = setInterval(push, config.everyMs);
process.once("SIGTERM", () => clearInterval(pushTimer));
