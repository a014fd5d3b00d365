// Each 'follow' starts a poller through the imported helper; only 'unfollow' stops one, so a
// client that disconnects leaves every poller it started running.
import { Server, type Socket } from "socket.io";
import { pollStatus, type Handle } from "./poll";

const io = new Server(3001);

io.on("connection", (socket: Socket) => {
  const following = new Map<string, Handle>();
  socket.on("follow", (jobId: string) => {
    const handle = pollStatus(`http://jobs.internal/jobs/${jobId}`, 1500, (body) => socket.emit("status", body)); // expect: uncleared-interval
    following.set(jobId, handle);
  });
  socket.on("unfollow", (jobId: string) => {
    following.get(jobId)?.stop();
    following.delete(jobId);
  });
});
