// An uploader keeps its last upload request in a field after awaiting it: the request and the
// body it buffered stay with the uploader, which lives as long as the page.
export class Uploader {
  constructor(client) {
    this.client = client;
  }

  async upload(file) {
    this.request = this.client.createUpload(file); // expect: stale-reference
    const result = await this.request.send();
    return result.url;
  }

  abort() {
    if (this.request) this.request.abort();
  }
}
