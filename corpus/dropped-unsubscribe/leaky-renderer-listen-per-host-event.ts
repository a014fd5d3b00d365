// A resizable panel adds two document listeners through the renderer on every mousedown of
// its grip, and drops the functions that would remove them: each drag leaves two more
// listeners on the document, each holding the directive and the event that started it.
import { Directive, ElementRef, HostListener, Renderer2 } from '@angular/core';

@Directive({ selector: '[resizeGrip]' })
export class ResizeGripDirective {
  constructor(private host: ElementRef<HTMLElement>, private renderer: Renderer2) {}

  @HostListener('mousedown', ['$event'])
  begin(down: MouseEvent): void {
    const width = this.host.nativeElement.offsetWidth;
    this.renderer.listen('document', 'mousemove', (move: MouseEvent) => { // expect: dropped-unsubscribe
      this.renderer.setStyle(this.host.nativeElement, 'width', `${width + move.clientX - down.clientX}px`);
    });
    this.renderer.listen('document', 'mouseup', () => { // expect: dropped-unsubscribe
      this.renderer.removeClass(this.host.nativeElement, 'resizing');
    });
  }
}
