// The grip keeps the functions the renderer hands back and calls them when the drag ends and
// when the directive is destroyed; a listener added once in ngOnInit is removed in ngOnDestroy.
import { Directive, ElementRef, HostListener, OnDestroy, OnInit, Renderer2 } from '@angular/core';

@Directive({ selector: '[resizeGrip]' })
export class ResizeGripDirective implements OnInit, OnDestroy {
  private stopDrag: Array<() => void> = [];
  private stopResize?: () => void;

  constructor(private host: ElementRef<HTMLElement>, private renderer: Renderer2) {}

  ngOnInit(): void {
    this.stopResize = this.renderer.listen('window', 'resize', () => this.end());
  }

  @HostListener('mousedown', ['$event'])
  begin(down: MouseEvent): void {
    this.end();
    const width = this.host.nativeElement.offsetWidth;
    this.stopDrag = [
      this.renderer.listen('document', 'mousemove', (move: MouseEvent) => {
        this.renderer.setStyle(this.host.nativeElement, 'width', `${width + move.clientX - down.clientX}px`);
      }),
      this.renderer.listen('document', 'mouseup', () => this.end()),
    ];
  }

  ngOnDestroy(): void {
    this.end();
    this.stopResize?.();
  }

  private end(): void {
    this.stopDrag.forEach((stop) => stop());
    this.stopDrag = [];
  }
}
