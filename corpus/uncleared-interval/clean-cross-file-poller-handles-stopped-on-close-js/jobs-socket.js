// The pollers of a connection are stopped when it disconnects, whether or not it unfollowed.
const { Server } = require("socket.io");
const { pollStatus } = require("./poll");

const io = new Server(3001);

io.on("connection", (socket) => {
  const following = new Map();
  socket.on("follow", (jobId) => {
    const handle = pollStatus(`http://jobs.internal/jobs/${jobId}`, 1500, (body) => socket.emit("status", body));
    following.set(jobId, handle);
  });
  socket.on("unfollow", (jobId) => {
    following.get(jobId)?.stop();
    following.delete(jobId);
  });
  socket.on("disconnect", () => {
    for (const handle of following.values()) handle.stop();
    following.clear();
  });
});
