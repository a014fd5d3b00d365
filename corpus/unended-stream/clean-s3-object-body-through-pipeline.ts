// The twin: stream.pipeline destroys the body when the response closes early.
import http from 'node:http';
import { pipeline } from 'node:stream';
import { S3Client, GetObjectCommand } from '@aws-sdk/client-s3';
import type { Readable } from 'node:stream';

const s3 = new S3Client({ region: process.env.AWS_REGION });

http.createServer(async (req, res) => {
  const key = decodeURIComponent((req.url ?? '/').slice(1));
  const object = await s3.send(new GetObjectCommand({ Bucket: 'media', Key: key }));
  res.writeHead(200, { 'Content-Type': object.ContentType ?? 'application/octet-stream' });
  pipeline(object.Body as Readable, res, () => {});
}).listen(8088);
