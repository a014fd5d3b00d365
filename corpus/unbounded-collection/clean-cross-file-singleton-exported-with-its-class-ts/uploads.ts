export interface Upload {
  user: string;
  bytes: number;
  startedAt: number;
}

// In-progress uploads; `UploadTracker` is exported so tests can make their own.
export class UploadTracker {
  private readonly inProgress = new Map<string, Upload>();

  begin(id: string, user: string): void {
    this.inProgress.set(id, { user, bytes: 0, startedAt: Date.now() });
  }

  progress(id: string, bytes: number): void {
    const upload = this.inProgress.get(id);
    if (upload) upload.bytes += bytes;
  }

  end(id: string): void {
    this.inProgress.delete(id);
  }
}

export const uploads = new UploadTracker();
