import { downloadFile } from '../table/download';

/*
 * Files cross the bridge as base64 inside JSON, the same under Electron and in web mode. These helpers turn
 * bytes into base64 and back without Node's Buffer, and hand a file to the browser's download.
 */

const CHUNK = 0x8000;

/**
 * Bytes as base64, in chunks so that a large file does not overflow the argument list.
 *
 * @example
 * bytesToBase64(new TextEncoder().encode('Рязанский')); // '0KDRj9C30LDQvdGB0LrQuNC5'
 */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let start = 0; start < bytes.length; start += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(start, start + CHUNK));
  }
  return btoa(binary);
}

/** The inverse of bytesToBase64. */
export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

/** An SVG document as an image source: a data URL, so the markup is never parsed into the page. */
export const svgImageSource = (svg: string): string => `data:image/svg+xml;base64,${bytesToBase64(new TextEncoder().encode(svg))}`;

/** Saves an exported file (base64 from the Node side) through the browser's download, as the tables do. */
export const downloadExported = (name: string, mimeType: string, base64: string): void => downloadFile(name, base64ToBytes(base64), mimeType);
