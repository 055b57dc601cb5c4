/**
 * 演示清单加载状态 — whether this node is loading the demo registry in the background (a demo start with an empty
 * registry, after the server listens): GET /api/health reports it, so a benchmark or a browser test can wait until
 * the load no longer competes for the CPU and the registry is complete. Per node, for reporting only.
 */
export type DemoRegistryStatus = 'none' | 'loading' | 'done' | 'failed';

let status: DemoRegistryStatus = 'none';

export function getDemoRegistryStatus(): DemoRegistryStatus {
  return status;
}

/** Marks the load running until `load` settles. Synchronous up to its first await, so no request sees 'none' first. */
export async function trackDemoRegistryLoad<T>(load: () => Promise<T>): Promise<T> {
  status = 'loading';
  try {
    const result = await load();
    status = 'done';
    return result;
  } catch (error) {
    status = 'failed';
    throw error;
  }
}
