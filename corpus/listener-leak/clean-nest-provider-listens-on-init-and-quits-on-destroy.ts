// A NestJS provider runs `onModuleInit` once for the application and `onModuleDestroy` once
// at shutdown, when it quits the connection its listener is on: no cycle leaves a listener.
import { Injectable, OnModuleDestroy, OnModuleInit } from "@nestjs/common";
import Redis from "ioredis";

@Injectable()
export class InvalidationListener implements OnModuleInit, OnModuleDestroy {
  private readonly sub = new Redis(process.env.REDIS_URL ?? "redis://localhost:6379", { lazyConnect: true });
  private readonly handlers = new Set<(key: string) => void>();

  async onModuleInit(): Promise<void> {
    await this.sub.connect();
    await this.sub.subscribe("cache:invalidate");
    this.sub.on("message", (_channel: string, key: string) => this.handlers.forEach((handler) => handler(key)));
  }

  async onModuleDestroy(): Promise<void> {
    this.handlers.clear();
    await this.sub.quit();
  }

  onInvalidate(handler: (key: string) => void): () => void {
    this.handlers.add(handler);
    return () => this.handlers.delete(handler);
  }
}
