// Deployments are watched until they finish. A deployment that ends in 'error' is reported,
// and then polled again every few seconds, for good: one more loop per failed deployment.
import express from "express";

type Deployment = { id: string; status: "queued" | "running" | "done" | "error"; log: string[] };

declare function fetchDeployment(id: string): Promise<Deployment>;
declare function notify(channel: string, text: string): void;

function watchDeployment(id: string, channel: string): void {
  const check = async (): Promise<void> => {
    const deployment = await fetchDeployment(id);
    if (deployment.status === "done") {
      notify(channel, `deployment ${id} is live`);
      return;
    }
    if (deployment.status === "error") {
      notify(channel, `deployment ${id} failed: ${deployment.log.at(-1) ?? "no log"}`);
    }
    setTimeout(check, 5000);
  };
  void check();
}

const app = express();
app.post("/deployments/:id/watch", (req, res) => {
  watchDeployment(req.params.id, String(req.query.channel ?? "#deploys")); // expect: uncleared-timeout
  res.status(202).end();
});
app.listen(3000);
