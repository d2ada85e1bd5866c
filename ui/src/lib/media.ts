// URLs of stored files served by the backend: 320px thumbnails and originals through the `pd:`
// scheme, videos through the app's loopback server (WebKitGTK cannot play a `pd:` video).
import { convertFileSrc } from '@tauri-apps/api/core';
import { mediaBase } from '../api';

/** The 320px JPEG thumbnail of a stored or staged file. */
export function thumbUrl(sha: string): string {
  return convertFileSrc('thumb/' + sha, 'pd');
}

/** The stored original (an image, a scan, initials). */
export function fileUrl(sha: string): string {
  return convertFileSrc('file/' + sha, 'pd');
}

let base: Promise<string> | null = null;

/** The address a `<video>` plays the stored video `sha` from (answered in byte ranges). */
export async function videoUrl(sha: string): Promise<string> {
  base ??= mediaBase().catch((err) => {
    base = null;
    throw err;
  });
  return (await base) + '/file/' + sha;
}

export function isImage(mime: string): boolean {
  return mime.startsWith('image/');
}

export function isVideo(mime: string): boolean {
  return mime.startsWith('video/');
}

export function isPdf(mime: string): boolean {
  return mime === 'application/pdf';
}
