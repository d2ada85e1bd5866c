// Draws the pages of a PDF with pdf.js only while they are near the visible part of the preview
// and frees them when scrolled far away, so a ledger of a thousand pages stays light.
import type { PDFDocumentProxy } from 'pdfjs-dist';

export async function loadPdf(bytes: ArrayBuffer): Promise<PDFDocumentProxy> {
  const [pdfjs, worker] = await Promise.all([
    import('pdfjs-dist'),
    import('pdfjs-dist/build/pdf.worker.min.mjs?url'),
  ]);
  pdfjs.GlobalWorkerOptions.workerSrc = worker.default;
  return pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false }).promise;
}

/** Height over width of the first page; every page of our documents has the same size. */
export async function pageRatio(doc: PDFDocumentProxy): Promise<number> {
  const view = (await doc.getPage(1)).getViewport({ scale: 1 });
  return view.height / view.width;
}

export class LazyPages {
  /** Draws pages that come within a few screens of the view. */
  private near: IntersectionObserver;
  /** Frees pages that are many screens away (a wider margin, so pages do not flicker). */
  private far: IntersectionObserver;
  private queued = new Set<HTMLCanvasElement>();
  /** Pages are drawn one after the other, in the order they came into view. */
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private doc: PDFDocumentProxy,
    private width: number,
    root: HTMLElement,
  ) {
    this.near = new IntersectionObserver((entries) => this.onNear(entries), {
      root,
      rootMargin: '1500px 0px',
    });
    this.far = new IntersectionObserver((entries) => this.onFar(entries), {
      root,
      rootMargin: '6000px 0px',
    });
  }

  /** Starts watching a page's canvas; `data-page` holds its number. */
  watch(canvas: HTMLCanvasElement): () => void {
    this.near.observe(canvas);
    this.far.observe(canvas);
    return () => {
      this.near.unobserve(canvas);
      this.far.unobserve(canvas);
    };
  }

  destroy() {
    this.near.disconnect();
    this.far.disconnect();
    void this.doc.destroy();
  }

  private onNear(entries: IntersectionObserverEntry[]) {
    for (const entry of entries) {
      const canvas = entry.target as HTMLCanvasElement;
      if (!entry.isIntersecting || canvas.dataset.rendered || this.queued.has(canvas)) continue;
      this.queued.add(canvas);
      this.queue = this.queue.then(() => this.draw(canvas));
    }
  }

  private onFar(entries: IntersectionObserverEntry[]) {
    for (const entry of entries) {
      const canvas = entry.target as HTMLCanvasElement;
      if (!entry.isIntersecting && canvas.dataset.rendered) {
        // Give the pixels back, keep the box so the scroll stays put.
        canvas.width = 0;
        canvas.height = 0;
        delete canvas.dataset.rendered;
      }
    }
  }

  private async draw(canvas: HTMLCanvasElement) {
    try {
      const page = await this.doc.getPage(Number(canvas.dataset.page));
      const ratio = Math.max(window.devicePixelRatio || 1, 1);
      const base = page.getViewport({ scale: 1 });
      const viewport = page.getViewport({ scale: (this.width / base.width) * ratio });
      canvas.width = Math.floor(viewport.width);
      canvas.height = Math.floor(viewport.height);
      await page.render({ canvas, viewport }).promise;
      canvas.dataset.rendered = 'true';
    } catch {
      // The document was closed while drawing (the preview closed or re-rendered).
    } finally {
      this.queued.delete(canvas);
    }
  }
}
