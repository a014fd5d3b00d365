import express from 'express';
import { applied, patch, unpatchAll } from './patch';

const app = express();

// Times every response's send(), patching each response object: one record per request.
app.use((req, res, next) => {
  patch(res as unknown as Record<string, unknown>, 'send', (original) => original, applied); // expect: unbounded-collection
  next();
});

app.listen(3000);
process.once('SIGTERM', () => unpatchAll(applied));
