// Extra timer arguments are kept by the timer exactly like a closure would keep them.
import express from 'express';

const app = express();

function audit(request: express.Request): void {
  console.log(request.path);
}

app.delete('/items/:id', (req, res) => {
  setTimeout(audit, 60_000, req); // expect: request-capture
  res.sendStatus(204);
});
