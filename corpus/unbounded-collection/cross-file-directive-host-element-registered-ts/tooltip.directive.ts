// Every element with the directive registers its host element with the root registry, and
// nothing takes it out when the element is destroyed: each rendered row stays in the Map.
import { Directive, ElementRef, Input, OnInit } from '@angular/core';
import { TooltipRegistry } from './tooltip-registry.service';

@Directive({ selector: '[appTooltip]', standalone: true })
export class TooltipDirective implements OnInit {
  @Input({ required: true }) appTooltip!: string;

  constructor(private readonly host: ElementRef<HTMLElement>, private readonly registry: TooltipRegistry) {}

  ngOnInit(): void {
    this.registry.register(this.host.nativeElement, this.appTooltip); // expect: unbounded-collection
  }
}
