// Cloudflare Worker: verifies the upstream's signed header.
export default {
  async fetch(req: Request, env: { VERIFY_KEY: JsonWebKey }): Promise<Response> {
    const key = await crypto.subtle.importKey('jwk', env.VERIFY_KEY, { name: 'Ed25519' }, false, ['verify']);
    const sig = Uint8Array.from(atob(req.headers.get('x-sig') ?? ''), (c) => c.charCodeAt(0));
    const body = new Uint8Array(await req.clone().arrayBuffer());
    const ok = await crypto.subtle.verify(key.algorithm, key, sig, body);
    return ok ? fetch(req) : new Response('forbidden', { status: 403 });
  },
};
