// Long-poll endpoint: each poll hands its response to the injected service.
import { Body, Controller, Get, Param, Post, Res } from '@nestjs/common';
import type { Response } from 'express';
import { InboxService } from './inbox.service';

@Controller('inbox')
export class InboxController {
  constructor(private readonly inbox: InboxService) {}

  @Get(':userId/poll')
  poll(@Param('userId') userId: string, @Res() res: Response): void {
    this.inbox.park(userId, res); // expect: unbounded-collection
  }

  @Post(':userId')
  send(@Param('userId') userId: string, @Body() body: { text: string }) {
    return { delivered: this.inbox.post(userId, body) };
  }
}
