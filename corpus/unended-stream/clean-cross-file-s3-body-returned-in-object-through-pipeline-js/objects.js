'use strict';
// Opens an archived file for download: the body, with what the response needs to describe it.
const { S3Client, GetObjectCommand } = require('@aws-sdk/client-s3');

const s3 = new S3Client({ region: process.env.AWS_REGION });

async function openArchived(key) {
  const result = await s3.send(new GetObjectCommand({ Bucket: 'archive', Key: key }));
  return { body: result.Body, type: result.ContentType || 'application/octet-stream' };
}

module.exports = { openArchived };
