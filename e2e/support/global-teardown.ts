export default async function globalTeardown(): Promise<void> {
  await globalThis.__KENES_THROWAWAY_PG__?.stop();
}
