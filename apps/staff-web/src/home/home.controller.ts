import { Controller, Get, Redirect } from '@nestjs/common';

/** The service's front door is the work queue. */
@Controller()
export class HomeController {
  @Get()
  @Redirect('/tasks', 302)
  home(): void {
    // @Redirect answers.
  }
}
