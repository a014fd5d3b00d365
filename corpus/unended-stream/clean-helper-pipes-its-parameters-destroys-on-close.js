// The same helper, destroying the source when the destination closes, however it closes.
const express = require("express");
const fs = require("fs");

function send(from, to) {
  from.on("error", (err) => to.destroy(err));
  to.on("close", () => from.destroy());
  return from.pipe(to);
}

const app = express();
app.get("/exports/:name", (req, res) => {
  const file = fs.createReadStream(`/srv/exports/${req.params.name.replace(/[^\w.-]/g, "")}`);
  res.setHeader("content-type", "text/csv");
  send(file, res);
});
app.listen(8081);
