import type { ReactiveController, ReactiveElement } from 'lit';

/** Tracks the host's own content width (not the window's) and re-renders on change. */
export class ResizeController implements ReactiveController {
  width = 0;
  private observer: ResizeObserver | null = null;
  private frame = 0;

  constructor(private readonly host: ReactiveElement) {
    host.addController(this);
  }

  /**
   * The width now, read once before the observer's first report so the first
   * render is already the right size (and the report then changes nothing).
   */
  measure(): number {
    if (!this.width) this.width = Math.round(this.host.clientWidth);
    return this.width;
  }

  hostConnected(): void {
    this.observer = new ResizeObserver((entries) => {
      const width = Math.round(entries[entries.length - 1]!.contentRect.width);
      if (width !== this.width) {
        this.width = width;
        // Re-render in the next frame, not inside the observer callback: a
        // height that depends on width would otherwise raise "ResizeObserver
        // loop completed with undelivered notifications".
        cancelAnimationFrame(this.frame);
        this.frame = requestAnimationFrame(() => this.host.requestUpdate());
      }
    });
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = null;
    cancelAnimationFrame(this.frame);
  }
}
