// Every request waits for the next rate through the service.
import { Controller, Get, Param } from "@nestjs/common";
import { RatesService } from "./rates.service";

@Controller("rates")
export class RatesController {
  constructor(private readonly rates: RatesService) {}

  @Get(":pair")
  next(@Param("pair") pair: string) {
    return this.rates.nextRate(pair); // expect: dropped-unsubscribe
  }
}
