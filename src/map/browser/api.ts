/** The public GraphQL API, from the page: same origin, with the user's key when one is needed. */
const KEY = 'chainatlas.apiKey';

export const apiKey = (): string | null => localStorage.getItem(KEY);

export async function graphql<T>(
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  for (let attempt = 0; attempt < 2; attempt += 1) {
    const key = apiKey();
    const res = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(key ? { 'x-api-key': key } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    if (res.status === 401 && attempt === 0) {
      const given = window.prompt('此服务需要 API 密钥 / This server needs an API key (cak_…)');
      if (!given) throw new Error('需要 API 密钥 / An API key is required');
      localStorage.setItem(KEY, given.trim());
      continue;
    }
    const body = (await res.json()) as { data?: T; errors?: { message: string }[] };
    if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
    return body.data as T;
  }
  throw new Error('API 密钥无效 / The API key was refused');
}
