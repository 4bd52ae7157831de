import { expect } from 'vitest';

export type GraphQLResponse<T = Record<string, any>> = {
  data?: T | null;
  errors?: {
    message: string;
    path?: string[];
    extensions?: { code?: string; fields?: { field: string; message: string }[]; [key: string]: unknown };
  }[];
};

/** Talks to the server over real HTTP like a browser: JSON POSTs, keeping the session cookie. */
export class GraphQLClient {
  cookie: string | undefined;

  constructor(readonly url: string) {}

  async request<T = Record<string, any>>(
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<GraphQLResponse<T>> {
    const response = await this.post(JSON.stringify({ query, variables }));
    return (await response.json()) as GraphQLResponse<T>;
  }

  /** Sends a raw body; returns the HTTP response. */
  async post(body: string, headers: Record<string, string> = {}): Promise<Response> {
    const response = await fetch(`${this.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(this.cookie ? { cookie: this.cookie } : {}), ...headers },
      body,
    });
    const setCookie = response.headers.get('set-cookie');
    if (setCookie) {
      const [pair] = setCookie.split(';');
      this.cookie = pair?.endsWith('=') ? undefined : pair;
    }
    return response;
  }

  /** The data of a request that must succeed. */
  async data<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const result = await this.request<T>(query, variables);
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    return result.data as T;
  }

  /** The `extensions.code` of the first error of a request that must fail. */
  async errorCode(query: string, variables: Record<string, unknown> = {}): Promise<string | undefined> {
    const result = await this.request(query, variables);
    expect(result.errors, 'expected the request to fail').toBeDefined();
    return result.errors?.[0]?.extensions?.code;
  }

  async signIn(email: string, password: string): Promise<this> {
    await this.data(`mutation ($input: SignInInput!) { signIn(input: $input) { id } }`, { input: { email, password } });
    return this;
  }
}
