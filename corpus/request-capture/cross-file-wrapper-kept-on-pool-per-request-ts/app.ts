// Per-request query timing: each request wraps the shared pool's `query` again with a hook
// that reads the request. The pool keeps every wrapper (each one calls the one before), and
// with it every request that ever came in.
import express from "express";
import { Pool } from "pg";
import { timeMethod } from "./timing";

const pool = new Pool();
const app = express();

app.use((req, res, next) => {
  timeMethod(pool, "query", (sql, ms) => { // expect: request-capture
    if (ms > 200) console.warn(`${req.method} ${req.originalUrl}: ${sql} took ${ms}ms`);
  });
  next();
});

app.get("/users/:id", async (req, res) => {
  const { rows } = await pool.query("select * from users where id = $1", [req.params.id]);
  res.json(rows[0] ?? null);
});

app.listen(3000);
