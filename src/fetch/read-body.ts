// Reads a response body into memory under a hard byte cap, decompressing gzip/brotli on the way. The
// cap applies to the bytes on the wire and to the decompressed bytes (a small gzip can expand a lot),
// and the stream is destroyed the moment either is exceeded, so an endless body stops at once.
import type { Readable } from "node:stream";
import zlib from "node:zlib";

export class BodyTooLargeError extends Error {
  constructor(readonly maxBytes: number) {
    super(`body over ${maxBytes} bytes`);
    this.name = "BodyTooLargeError";
  }
}

export class ContentDecodingError extends Error {
  constructor(readonly encoding: string) {
    super(`content decoding failed (${encoding})`);
    this.name = "ContentDecodingError";
  }
}

function decompressorFor(encoding: string): zlib.Gunzip | zlib.BrotliDecompress | zlib.Inflate | null {
  switch (encoding) {
    case "gzip":
    case "x-gzip":
      return zlib.createGunzip();
    case "br":
      return zlib.createBrotliDecompress();
    case "deflate":
      return zlib.createInflate();
    default:
      return null;
  }
}

/** Content-Encoding values this reader can undo; anything else is reported as unsupported. */
export function isSupportedEncoding(encoding: string | null): boolean {
  return !encoding || encoding === "identity" || decompressorFor(encoding) !== null;
}

export async function readCappedBody(
  body: Readable,
  encoding: string | null,
  maxBytes: number,
): Promise<Uint8Array> {
  const decompressor = encoding && encoding !== "identity" ? decompressorFor(encoding) : null;
  let wireBytes = 0;
  let overflow = false;
  const chunks: Buffer[] = [];
  let total = 0;
  let bodyError: Error | null = null;

  const stopAll = (err?: Error) => {
    body.on("error", () => {});
    decompressor?.on("error", () => {});
    body.destroy(err);
    decompressor?.destroy(err);
  };

  if (decompressor) {
    body.on("data", (chunk: Buffer) => {
      wireBytes += chunk.length;
      if (wireBytes > maxBytes) {
        overflow = true;
        stopAll(new BodyTooLargeError(maxBytes));
      }
    });
    body.on("error", (err) => {
      bodyError = err;
      decompressor.destroy(err);
    });
    body.pipe(decompressor);
  }
  const source: Readable = decompressor ?? body;
  try {
    for await (const chunk of source as AsyncIterable<Buffer>) {
      total += chunk.length;
      if (total > maxBytes) {
        overflow = true;
        stopAll(new BodyTooLargeError(maxBytes));
        break;
      }
      chunks.push(chunk);
    }
  } catch (err) {
    if (overflow || err instanceof BodyTooLargeError) throw new BodyTooLargeError(maxBytes);
    if (decompressor && err !== bodyError) {
      throw new ContentDecodingError(encoding ?? "unknown");
    }
    throw err;
  }
  if (overflow) throw new BodyTooLargeError(maxBytes);
  return Buffer.concat(chunks, total);
}
