/** The progress counter: only on a terminal, only after a second, cleared at the end. */
import {PassThrough} from 'node:stream'
import {afterEach, describe, expect, it, vi} from 'vitest'
import {makeContext} from '../src/cli/engine/context.js'
import {makeProgress} from '../src/cli/engine/corpus.js'

function context(tty: boolean) {
  const stderr = Object.assign(new PassThrough(), {isTTY: tty})
  let written = ''
  stderr.on('data', (chunk: Buffer) => (written += chunk.toString()))
  return {context: makeContext('never', {stdout: new PassThrough(), stderr, stdin: new PassThrough(), env: {}}), written: () => written}
}

describe('progress on stderr', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  it('shows files done after a second on a terminal, and clears its line', async () => {
    vi.useFakeTimers({toFake: ['Date']})
    vi.setSystemTime(0)
    const {context: ctx, written} = context(true)
    const progress = makeProgress(ctx, 10)
    progress.tick(1)
    vi.setSystemTime(1500)
    progress.tick(2)
    progress.clear()
    await new Promise((resolve) => setImmediate(resolve))
    expect(written()).toBe('\r\u001b[2K2/10 files\r\u001b[2K')
  })

  it('says nothing when stderr is not a terminal', async () => {
    vi.useFakeTimers({toFake: ['Date']})
    vi.setSystemTime(0)
    const {context: ctx, written} = context(false)
    const progress = makeProgress(ctx, 10)
    vi.setSystemTime(5000)
    progress.tick(5)
    progress.clear()
    await new Promise((resolve) => setImmediate(resolve))
    expect(written()).toBe('')
  })
})
