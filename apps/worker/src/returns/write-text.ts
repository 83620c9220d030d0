import type { Writable } from "node:stream";

/** Writes text and waits only when the stream asks (backpressure), so memory stays at one chunk. */
export function writeText(stream: Writable, text: string): Promise<void> | void {
  if (text === "" || stream.write(text)) return;
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
