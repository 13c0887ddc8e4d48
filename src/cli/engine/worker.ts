/** The corpus worker thread: one task per message (src/cli/task.ts). */
import {parentPort} from 'node:worker_threads'
import type {TaskMessage} from './messages.js'
import {runTask} from './task.js'

parentPort?.on('message', async (task: TaskMessage) => {
  parentPort!.postMessage(await runTask(task))
})
