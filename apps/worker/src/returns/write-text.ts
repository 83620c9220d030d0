import type { Writable } from "node:stream";

/** Writes text (or bytes) and waits only when the stream asks (backpressure), so memory stays at one chunk. */
export function writeText(stream: Writable, text: string | Buffer): Promise<void> | void {
  if (text.length === 0 || stream.write(text)) return;
  return drained(stream);
}

function drained(stream: Writable): Promise<void> {
  return new Promise((done, fail) => {
    const onError = (error: Error) => {
      stream.off("drain", onDrain);
      fail(error);
    };
    const onDrain = () => {
      stream.off("error", onError);
      done();
    };
    stream.once("drain", onDrain).once("error", onError);
  });
}

/**
 * Many small texts gathered into large byte chunks before they reach the stream. Encoding each
 * small text as it comes is cheap; encoding one string built from a batch's thousands of pieces
 * (a deep rope V8 must flatten first) cost the census export more than building it.
 */
export interface ChunkedText {
  add(text: string): void;
  /** Passes on what is gathered, waiting if the stream asks (backpressure). */
  flush(): Promise<void> | void;
}

export function chunkedText(stream: Writable, chunkBytes = 1 << 20): ChunkedText {
  // A chunk given to the stream is the stream's until written; then it is filled again. New
  // buffers for every chunk left hundreds of megabytes of them for the garbage collector to find.
  const spare: Buffer[] = [];
  let chunk: Buffer = Buffer.allocUnsafe(chunkBytes);
  let used = 0;
  const pass = () => {
    if (used === 0) return;
    const full = chunk;
    stream.write(full.subarray(0, used), () => spare.push(full));
    chunk = spare.pop() ?? Buffer.allocUnsafe(chunkBytes);
    used = 0;
  };
  return {
    add(text) {
      // Three bytes of UTF-8 at most for each UTF-16 unit: the text always fits once passed on.
      if (used + text.length * 3 > chunkBytes) {
        pass();
        if (text.length * 3 > chunkBytes) {
          stream.write(text);
          return;
        }
      }
      used += chunk.write(text, used);
    },
    flush() {
      pass();
      if (stream.writableNeedDrain) return drained(stream);
    },
  };
}
