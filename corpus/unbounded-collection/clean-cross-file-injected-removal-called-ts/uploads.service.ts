// Uploads in progress, kept by the one service instance the injector makes.
import { Injectable } from '@nestjs/common';

@Injectable()
export class UploadsService {
  private readonly inProgress = new Map<string, { name: string; since: number }>();

  begin(uploadId: string, name: string): void {
    this.inProgress.set(uploadId, { name, since: Date.now() });
  }

  complete(uploadId: string): void {
    this.inProgress.delete(uploadId);
  }
}
