/**
 * Where the built corpus worker lives. The program's entry point (dist/reso.cjs
 * once bundled) sets it; the corpus pool reads it.
 */
let workerUrl: URL | undefined

export function setWorkerUrl(url: URL | undefined): void {
  workerUrl = url
}

export function getWorkerUrl(): URL | undefined {
  return workerUrl
}
