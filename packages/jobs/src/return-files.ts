import { randomBytes } from "node:crypto";
import { createReadStream, createWriteStream, type ReadStream, type WriteStream } from "node:fs";
import { mkdir, open, readdir, rename, rm, stat } from "node:fs/promises";
import { dirname, join, resolve, sep } from "node:path";

/**
 * Where the worker leaves statutory return files for the API to serve: the contract between them,
 * so it sits here beside the job definitions. A folder (`.data/returns` by default, shared by
 * every replica on one machine or through a mounted volume). S3-compatible object storage would be
 * a second implementation of this interface; it is not built yet.
 *
 * A file is written under a temporary name and appears under its key only when committed, with
 * one rename: a reader never sees half a file, and a run that is killed or fails leaves only a
 * temporary file, which `discardUnfinished` removes when the run is tried again.
 */
export interface ReturnFileStore {
  create(key: string): Promise<PendingReturnFile>;
  /** The file's bytes, or null when there is no such file. */
  open(key: string): Promise<{ stream: ReadStream; bytes: number } | null>;
  /** Removes temporary files left by unfinished writes of these keys. */
  discardUnfinished(keys: readonly string[]): Promise<void>;
}

export interface PendingReturnFile {
  stream: WriteStream;
  /** Flushes to disk and moves the file under its key; returns its size in bytes. */
  commit(): Promise<number>;
  discard(): Promise<void>;
}

const PARTIAL = ".partial-";
const KEY = /^[a-z0-9-]+(\/[a-z0-9.-]+)+$/;

export function folderReturnFileStore(root: string): ReturnFileStore {
  const base = resolve(root);
  const pathOf = (key: string) => {
    if (!KEY.test(key) || key.includes("..")) throw new Error("A return file key is lower-case words and slashes");
    const path = resolve(base, key);
    if (!path.startsWith(base + sep)) throw new Error("A return file key stays inside the store");
    return path;
  };
  return {
    async create(key) {
      const final = pathOf(key);
      await mkdir(dirname(final), { recursive: true });
      const temporary = `${final}${PARTIAL}${randomBytes(6).toString("hex")}`;
      const stream = createWriteStream(temporary, { flags: "wx" });
      await new Promise<void>((done, fail) => stream.once("open", () => done()).once("error", fail));
      const finished = () =>
        new Promise<void>((done, fail) => {
          if (stream.closed) return done();
          stream.once("close", () => done()).once("error", fail);
          stream.end();
        });
      return {
        stream,
        async commit() {
          await finished();
          // fsync before the rename, so a power cut cannot leave the new name on empty blocks.
          const handle = await open(temporary, "r");
          await handle.sync();
          await handle.close();
          await rename(temporary, final);
          return (await stat(final)).size;
        },
        async discard() {
          stream.destroy();
          await rm(temporary, { force: true });
        },
      };
    },
    async open(key) {
      const path = pathOf(key);
      const found = await stat(path).catch(() => null);
      if (!found?.isFile()) return null;
      return { stream: createReadStream(path), bytes: found.size };
    },
    async discardUnfinished(keys) {
      for (const key of keys) {
        const final = pathOf(key);
        const folder = dirname(final);
        const names = await readdir(folder).catch(() => [] as string[]);
        const prefix = `${final.slice(folder.length + 1)}${PARTIAL}`;
        await Promise.all(names.filter((n) => n.startsWith(prefix)).map((n) => rm(join(folder, n), { force: true })));
      }
    },
  };
}

/**
 * The keys of one run's files: fixed by the run's id, so a retried run can only replace them. The
 * "report" is the validation report; "records" the spreadsheet of the records sent, which only
 * the NCCIS return writes.
 */
export function returnFileKeys(kind: "cin-census" | "nccis", returnId: string) {
  return { file: `${kind}/${returnId}.xml`, report: `${kind}/${returnId}-report.csv`, records: `${kind}/${returnId}-records.csv` };
}
