export default async function globalTeardown(): Promise<void> {
  await globalThis.__embeddedNeo4j?.stop();
}
