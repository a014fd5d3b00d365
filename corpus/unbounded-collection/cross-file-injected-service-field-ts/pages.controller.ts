// Every page view records the client's session id: sessions that ended long ago stay in the
// map for the life of the server.
import { Controller, Get, Headers, Param } from '@nestjs/common';
import { SessionService } from './session.service';

@Controller('pages')
export class PagesController {
  constructor(private readonly sessions: SessionService) {}

  @Get(':slug')
  show(@Param('slug') slug: string, @Headers('x-session-id') session: string) {
    this.sessions.touch(session, `/pages/${slug}`); // expect: unbounded-collection
    return { slug };
  }
}
