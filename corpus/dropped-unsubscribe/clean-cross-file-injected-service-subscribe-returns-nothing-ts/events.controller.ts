import { Controller, Get, Res } from '@nestjs/common';
import type { Response } from 'express';
import { EventsService } from './events.service';

@Controller('events')
export class EventsController {
  constructor(private readonly events: EventsService) {}

  @Get()
  stream(@Res() res: Response): void {
    this.events.subscribe(res);
  }
}
