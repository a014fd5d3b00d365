// Each upload listens on the drop zone the caller hands in, and never lets go: the page keeps
// one drop zone for every upload, so each finished upload leaves its listener and its file.
export class Uploader {
  async upload(file: Blob, options: { zone: HTMLElement }): Promise<void> {
    options.zone.addEventListener('dragleave', () => console.log('left during', file.size)); // expect: listener-leak
    await fetch('/upload', { method: 'POST', body: file });
  }
}
