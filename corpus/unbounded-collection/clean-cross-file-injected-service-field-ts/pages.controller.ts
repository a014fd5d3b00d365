// The same controller; the service bounds what it keeps.
import { Controller, Get, Headers, Param } from '@nestjs/common';
import { SessionService } from './session.service';

@Controller('pages')
export class PagesController {
  constructor(private readonly sessions: SessionService) {}

  @Get(':slug')
  show(@Param('slug') slug: string, @Headers('x-session-id') session: string) {
    this.sessions.touch(session, `/pages/${slug}`);
    return { slug };
  }
}
