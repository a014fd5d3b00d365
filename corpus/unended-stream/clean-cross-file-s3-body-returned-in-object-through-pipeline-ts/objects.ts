// Opens an archived file for download: the body, with what the response needs to describe it.
import { S3Client, GetObjectCommand } from '@aws-sdk/client-s3';
import type { Readable } from 'node:stream';

const s3 = new S3Client({ region: process.env.AWS_REGION });

export async function openArchived(key: string): Promise<{ body: Readable; type: string }> {
  const result = await s3.send(new GetObjectCommand({ Bucket: 'archive', Key: key }));
  return { body: result.Body as Readable, type: result.ContentType ?? 'application/octet-stream' };
}
