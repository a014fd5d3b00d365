// The same helper, closing its watcher however the wait ends.
const fs = require("fs");
const path = require("path");

function waitForFile(dir, name, ms = 60000) {
  return new Promise((resolve, reject) => {
    const finish = (settle, value) => {
      clearTimeout(timer);
      watcher.close();
      settle(value);
    };
    const watcher = fs.watch(dir, (event, file) => {
      if (file === name) finish(resolve, path.join(dir, name));
    });
    watcher.on("error", (err) => finish(reject, err));
    const timer = setTimeout(() => finish(reject, new Error(`${name} did not appear in ${dir}`)), ms);
  });
}

module.exports = { waitForFile };
