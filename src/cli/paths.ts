/**
 * Where the built corpus worker lives. The program's entry point (which is
 * dist/cli.js once bundled) sets it; code in lazily loaded chunks reads it.
 */
let workerUrl: URL | undefined

export function setWorkerUrl(url: URL | undefined): void {
  workerUrl = url
}

export function getWorkerUrl(): URL | undefined {
  return workerUrl
}
