// A NestJS handler listening on its own response, and on a client it creates.
import { Controller, Get, Res } from '@nestjs/common';
import type { Response } from 'express';
import WebSocket from 'ws';

@Controller('proxy')
export class ProxyController {
  @Get()
  stream(@Res() res: Response) {
    res.on('close', () => console.log('client left'));
    new WebSocket('ws://upstream').on('message', (data) => res.write(data));
  }
}
