// The same uploader, taking the listener off when the upload settles.
export class Uploader {
  async upload(file, { zone }) {
    const onLeave = () => console.log('left during', file.size);
    zone.addEventListener('dragleave', onLeave);
    try {
      await fetch('/upload', { method: 'POST', body: file });
    } finally {
      zone.removeEventListener('dragleave', onLeave);
    }
  }
}
