// Nest makes one instance of a provider and runs its onModuleInit() once: a listener added
// there is added once for the life of the application.
import { Injectable, OnModuleInit, OnApplicationShutdown } from '@nestjs/common';
import * as http from 'node:http';

@Injectable()
export class AgentMetrics implements OnModuleInit, OnApplicationShutdown {
  private freed = 0;

  onModuleInit(): void {
    http.globalAgent.on('free', () => {
      this.freed += 1;
    });
    process.on('SIGUSR2', () => console.log(`sockets freed: ${this.freed}`));
  }

  onApplicationShutdown(): void {
    console.log(`sockets freed before shutdown: ${this.freed}`);
  }
}
