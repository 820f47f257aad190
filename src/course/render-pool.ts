import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { PipelineOptions } from "../markdown/pipeline.ts";
import type { LessonContext, RenderedLesson } from "../markdown/source.ts";
import type { Problem } from "../problems/model.ts";

export interface RenderJob {
  text: string;
  path: string;
  context: LessonContext;
}

export type RenderReply = { rendered: RenderedLesson; problems: Problem[] } | { error: string };

interface Pending extends RenderJob {
  done: (reply: RenderReply) => void;
}

interface Thread {
  worker: Worker;
  job?: Pending;
}

/** Below this many lessons to render, starting threads (each loads the whole chain) costs more than it saves. */
export const poolThreshold = 48;

const workerFile = new URL("./render-worker.ts", import.meta.url);

/**
 * Lessons rendered on worker threads, one lesson at a time per thread: a clean build of a large course
 * renders on every core instead of one. Lessons with diagrams stay on the main thread, where the
 * diagram browser and its cache live.
 */
export class RenderPool {
  #threads: Thread[] = [];
  #queue: Pending[] = [];

  /** A pool, or `undefined` where threads cannot load the chain (a bundled build of this module). */
  static start(options: PipelineOptions, size = Math.min(4, availableParallelism())): RenderPool | undefined {
    if (workerFile.protocol !== "file:" || !existsSync(fileURLToPath(workerFile)) || size < 2) return undefined;
    return new RenderPool(options, size);
  }

  private constructor(options: PipelineOptions, size: number) {
    for (let i = 0; i < size; i++) {
      const thread: Thread = { worker: new Worker(workerFile, { workerData: options }) };
      thread.worker.on("message", (reply: RenderReply) => {
        const job = thread.job;
        thread.job = undefined;
        job?.done(reply);
        this.#next(thread);
      });
      thread.worker.on("error", (error) => this.#lose(thread, error.message));
      thread.worker.on("exit", () => this.#lose(thread, "el proceso de render terminó"));
      this.#threads.push(thread);
    }
  }

  get size(): number {
    return this.#threads.length;
  }

  render(job: RenderJob): Promise<RenderReply> {
    return new Promise((done) => {
      this.#queue.push({ ...job, done });
      const idle = this.#threads.find((t) => !t.job);
      if (idle) this.#next(idle);
    });
  }

  #next(thread: Thread): void {
    const job = this.#queue.shift();
    if (!job) return;
    thread.job = job;
    const { done: _done, ...message } = job;
    thread.worker.postMessage(message);
  }

  /** A thread that died fails its lesson; the others take the queue, or every waiting lesson fails. */
  #lose(thread: Thread, reason: string): void {
    if (!this.#threads.includes(thread)) return;
    this.#threads = this.#threads.filter((t) => t !== thread);
    thread.job?.done({ error: reason });
    thread.job = undefined;
    if (this.#threads.length === 0) for (const job of this.#queue.splice(0)) job.done({ error: reason });
  }

  async close(): Promise<void> {
    const threads = this.#threads.splice(0);
    await Promise.all(threads.map((t) => t.worker.terminate()));
  }
}
