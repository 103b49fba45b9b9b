import { z } from './zod';

/** Photos are stored re-encoded and bounded (PITFALLS.md, Images): these are the file's limits. */
export const ATTACHMENT_LIMITS = {
  maxPixelsPerSide: 4096,
  maxBytes: 8 * 1024 * 1024,
  attachments: 500,
} as const;

/** Base64 of at most maxBytes bytes (4 characters per 3 bytes). */
const base64 = z
  .string()
  .max(Math.ceil(ATTACHMENT_LIMITS.maxBytes / 3) * 4)
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'base64 data');

/** An image attached to the project (a photo of a paper note, say), embedded in the file. */
export const attachmentSchema = z.object({
  id: z.string().min(1).max(100),
  mimeType: z.enum(['image/jpeg', 'image/png']),
  width: z.number().int().min(1).max(ATTACHMENT_LIMITS.maxPixelsPerSide),
  height: z.number().int().min(1).max(ATTACHMENT_LIMITS.maxPixelsPerSide),
  /** Text alternative written by the facilitator (accessible reports need one). */
  alt: z.string().max(1000),
  data: base64,
});
export type Attachment = z.infer<typeof attachmentSchema>;
