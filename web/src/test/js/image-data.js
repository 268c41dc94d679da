// ImageData, the one browser class the bilevel decoder creates, for Node: the same shape
// (width, height, RGBA bytes). Import it before the decoder's first decode.
if (typeof globalThis.ImageData !== 'function') {
  globalThis.ImageData = class ImageData {
    constructor(width, height) {
      this.width = width;
      this.height = height;
      this.data = new Uint8ClampedArray(width * height * 4);
    }
  };
}
