import { createServer } from 'http';
import { join } from 'path';
import { sendReport } from './reports';

createServer((req, res) => {
  const id = (req.url ?? '').replace(/[^a-z0-9-]/gi, '');
  sendReport(res, join('/srv/reports', `${id}.pdf`)); // expect: unended-stream
}).listen(8080);
