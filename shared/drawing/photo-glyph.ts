/**
 * A 24 × 24 picture glyph (a frame with a mountain and a sun), for notes that carry a photo: a
 * scene has no image primitive, so exports mark the photo and the PDF report draws the image itself.
 */
export const PHOTO_GLYPH =
  'M4 4h16a2 2 0 0 1 2 2v12a2 2 0 0 1-2 2H4a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2zm0 2v9.6l4.2-4.2a1 1 0 0 1 1.4 0l3.9 3.9 2.2-2.2a1 1 0 0 1 1.4 0L20 15.9V6zm12.5 1.5a1.8 1.8 0 1 0 0 3.6 1.8 1.8 0 0 0 0-3.6z';
