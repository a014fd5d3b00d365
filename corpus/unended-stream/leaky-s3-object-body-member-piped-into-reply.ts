// The same download through a kept result: its Body is piped with nothing that destroys it
// when the reply's socket closes first.
import http from 'node:http';
import { S3Client, GetObjectCommand } from '@aws-sdk/client-s3';
import type { Readable } from 'node:stream';

const s3 = new S3Client({ region: process.env.AWS_REGION });

http.createServer(async (req, res) => {
  const key = decodeURIComponent((req.url ?? '/').slice(1));
  const object = await s3.send(new GetObjectCommand({ Bucket: 'media', Key: key }));
  res.writeHead(200, { 'Content-Type': object.ContentType ?? 'application/octet-stream' });
  (object.Body as Readable).pipe(res); // expect: unended-stream
}).listen(8088);
