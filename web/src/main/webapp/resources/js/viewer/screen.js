// The remote screen: a canvas fed by rect (0x01) and frame-end (0x02) frames, the pointer's
// shape (0x03) and position, and the scale (fit to window or 1:1). Images decode in parallel
// and bilevel rects at once, in arrival order (their model runs from rect to rect); all are
// drawn in arrival order, copy rects too (a block moved within the canvas), and the ack for a
// frame goes out once all its rects are drawn.
import { h } from './dom.js';
import { KIND, ENCODING, readRect, readCopySource, readFrameEnd, readCursorShape } from './frames.js';
import { BilevelDecoder } from './bilevel.js';

const IMAGE_TYPES = { [ENCODING.JPEG]: 'image/jpeg', [ENCODING.PNG]: 'image/png', [ENCODING.WEBP]: 'image/webp' };

/**
 * An ImageBitmap or a VideoFrame (both drawable and closable). ImageDecoder takes the bytes as
 * they are; a Blob for createImageBitmap costs the page far more (a copy registered with the
 * browser process: a quarter of the page's time in a 25 fps animation). A lossless image's
 * frame is made an ImageBitmap before it is drawn: drawn as a VideoFrame, the remote
 * benchmark's discs (a 960x950 WebP image a frame) cost the page a third more (18.2 against
 * 13.6 ms a frame, headless Chromium). A JPEG's frame is cheaper drawn as it is.
 */
function decodeImage(bytes, type) {
  if (typeof ImageDecoder !== 'function') {
    return createImageBitmap(new Blob([bytes], { type }));
  }
  const decoder = new ImageDecoder({ data: bytes, type });
  const frame = decoder.decode().then(result => result.image).finally(() => decoder.close());
  if (type === IMAGE_TYPES[ENCODING.JPEG]) {
    return frame;
  }
  return frame.then(image => createImageBitmap(image).finally(() => image.close()));
}

/**
 * Just after the next display frame is shown (its animation callbacks run before it is drawn,
 * hence the task after them), or after 250 ms where there is none (a hidden tab shows none).
 */
function nextDisplayFrame() {
  return new Promise(resolve => {
    const fallback = setTimeout(resolve, 250);
    requestAnimationFrame(() => setTimeout(() => {
      clearTimeout(fallback);
      resolve();
    }, 0));
  });
}

export class Screen {
  constructor(onAck) {
    this.onAck = onAck;
    this.width = 0;
    this.height = 0;
    this.fit = true;
    this.scale = 1;
    this.drawing = Promise.resolve();
    this.bilevel = new BilevelDecoder();
    this.canvas = h('canvas', { class: 'viewer-canvas', width: '0', height: '0' });
    this.context = this.canvas.getContext('2d', { alpha: false });
    this.scratch = h('canvas', { width: '0', height: '0' });
    this.scratchContext = this.scratch.getContext('2d', { alpha: false });
    this.pointer = h('img', { class: 'viewer-pointer', alt: '', hidden: true, draggable: 'false' });
    this.pointerShape = { x: 0, y: 0, w: 0, h: 0, url: null };
    this.pointerAt = { x: 0, y: 0, visible: false };
    this.localPointerInside = false;
    this.surface = h('div', { class: 'viewer-surface' }, this.canvas, this.pointer);
    this.element = h('div', { class: 'viewer-screen fit' }, this.surface);
    new ResizeObserver(() => this.layout()).observe(this.element);
  }

  /** Queues a step behind everything already received, so screen changes and draws keep order. */
  then(step) {
    this.drawing = this.drawing.then(step).catch(() => { /* one bad image must not stop the stream */ });
  }

  rect(buffer) {
    const rect = readRect(buffer);
    if (!rect) {
      return;
    }
    const { x, y, width, height } = rect;
    if (rect.encoding === ENCODING.COPY) {
      const from = readCopySource(rect);
      if (from) {
        this.then(() => this.copy(from, x, y, width, height));
      }
      return;
    }
    if (rect.encoding === ENCODING.BILEVEL) {
      const image = this.bilevel.decode(rect.bytes, rect.width, rect.height);
      if (image) {
        this.then(() => this.context.putImageData(image, x, y));
      }
      return;
    }
    const type = IMAGE_TYPES[rect.encoding];
    if (!type) {
      return;
    }
    // Start decoding now; draw when every earlier step is done.
    const decoded = decodeImage(rect.bytes, type).catch(() => null);
    this.then(() => decoded.then(image => {
      if (image) {
        this.context.drawImage(image, x, y);
        image.close();
      }
    }));
  }

  /**
   * Copies a block of the canvas to (x, y), through a scratch canvas, so the two may overlap.
   * Drawn onto itself, a canvas first copies all of itself: in headless Chromium that added
   * 30 ms to each 800x560 block moved on a 1080p canvas, this way about 0.5 ms.
   */
  copy(from, x, y, width, height) {
    if (this.scratch.width < width || this.scratch.height < height) {
      this.scratch.width = Math.max(this.scratch.width, width);
      this.scratch.height = Math.max(this.scratch.height, height);
    }
    this.scratchContext.drawImage(this.canvas, from.x, from.y, width, height, 0, 0, width, height);
    this.context.drawImage(this.scratch, 0, 0, width, height, x, y, width, height);
  }

  /**
   * Acknowledges the frame once it is drawn; the next one is drawn in a later display frame:
   * two frames drawn in one, the first is never seen (a video's frames arrive that close).
   */
  frameEnd(buffer) {
    const seq = readFrameEnd(buffer);
    this.then(() => {
      this.onAck(seq);
      return nextDisplayFrame();
    });
  }

  /** A `screen` message: the PC's bilevel encoder starts over, so the decoder does too. */
  restartDecoding() {
    this.bilevel.reset();
  }

  /** A new geometry: resizes the canvas (in order with the frames around it). */
  resize(width, height) {
    this.then(() => {
      if (width !== this.width || height !== this.height) {
        this.width = width;
        this.height = height;
        this.canvas.width = width;
        this.canvas.height = height;
        this.context.fillStyle = '#000';
        this.context.fillRect(0, 0, width, height);
        this.layout();
      }
    });
  }

  /** The pointer's new shape (0x03). */
  cursorShape(buffer) {
    const shape = readCursorShape(buffer);
    if (!shape) {
      return;
    }
    const url = URL.createObjectURL(new Blob([shape.png], { type: 'image/png' }));
    if (this.pointerShape.url) {
      URL.revokeObjectURL(this.pointerShape.url);
    }
    this.pointerShape = { x: shape.hotX, y: shape.hotY, w: shape.width, h: shape.height, url };
    this.pointer.src = url;
    this.updateLocalCursor();
    this.placePointer();
  }

  /** The remote pointer's position (drawn as an overlay when the local pointer is elsewhere). */
  cursor(message) {
    this.pointerAt = { x: message.x | 0, y: message.y | 0, visible: message.visible !== false };
    this.placePointer();
  }

  setLocalPointerInside(inside) {
    this.localPointerInside = inside;
    this.placePointer();
  }

  setInteractive(on) {
    this.interactive = on;
    this.updateLocalCursor();
    this.placePointer();
  }

  updateLocalCursor() {
    const s = this.pointerShape;
    // While the technician controls the PC, the local pointer takes the PC's shape (no lag);
    // in view-only mode the overlay shows where the PC's pointer is.
    this.canvas.style.cursor = this.interactive && s.url ? `url("${s.url}") ${s.x} ${s.y}, default` : 'default';
  }

  placePointer() {
    const s = this.pointerShape;
    const show = !!s.url && this.pointerAt.visible && !(this.interactive && this.localPointerInside);
    this.pointer.hidden = !show;
    if (show) {
      this.pointer.style.left = ((this.pointerAt.x - s.x) * this.scale) + 'px';
      this.pointer.style.top = ((this.pointerAt.y - s.y) * this.scale) + 'px';
      this.pointer.style.width = (s.w * this.scale) + 'px';
      this.pointer.style.height = (s.h * this.scale) + 'px';
    }
  }

  setFit(fit) {
    this.fit = fit;
    this.element.classList.toggle('fit', fit);
    this.layout();
  }

  /** Fit: as large as the area allows without enlarging; 1:1: one PC pixel per CSS pixel. */
  layout() {
    if (!this.width || !this.height) {
      return;
    }
    let scale = 1;
    if (this.fit) {
      const availableWidth = this.element.clientWidth;
      const availableHeight = this.element.clientHeight;
      if (availableWidth > 0 && availableHeight > 0) {
        scale = Math.min(1, availableWidth / this.width, availableHeight / this.height);
      }
    }
    this.scale = scale;
    this.canvas.style.width = Math.round(this.width * scale) + 'px';
    this.canvas.style.height = Math.round(this.height * scale) + 'px';
    this.placePointer();
  }

  /** A pointer event's position in PC pixels on the shown monitor. */
  toRemote(event) {
    const r = this.canvas.getBoundingClientRect();
    if (!r.width || !r.height) {
      return { x: 0, y: 0 };
    }
    const x = Math.floor((event.clientX - r.left) * this.width / r.width);
    const y = Math.floor((event.clientY - r.top) * this.height / r.height);
    return { x: Math.max(0, Math.min(this.width - 1, x)), y: Math.max(0, Math.min(this.height - 1, y)) };
  }

  /** Hooks the screen's binary frames onto the connection. */
  attach(connection) {
    connection.onBinary(KIND.RECT, buffer => this.rect(buffer));
    connection.onBinary(KIND.FRAME_END, buffer => this.frameEnd(buffer));
    connection.onBinary(KIND.CURSOR, buffer => this.cursorShape(buffer));
  }
}
