// The class keeps the table it is made with and deletes each token when it expires: the table
// holds only live tokens.
import express from 'express';

class SeenTokens {
  constructor(private readonly table: Map<string, number>) {}

  mark(token: string, when: number): void {
    this.table.set(token, when);
    setTimeout(() => this.table.delete(token), 60_000).unref();
  }
}

const tokens = new Map<string, number>();
export const app = express();

app.post('/tokens/use', express.json(), (req, res) => {
  new SeenTokens(tokens).mark(String(req.body.token), Date.now());
  res.sendStatus(204);
});
