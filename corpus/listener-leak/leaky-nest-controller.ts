// A NestJS handler runs per request; the injected emitter lives as long as the application.
import { Controller, Get, Param } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';

@Controller('jobs')
export class JobsController {
  constructor(private readonly events: EventEmitter2) {}

  @Get(':id/watch')
  watch(@Param('id') id: string) {
    this.events.on(`job.${id}.done`, () => console.log(`job ${id} done`)); // expect: listener-leak
    return { watching: id };
  }
}
