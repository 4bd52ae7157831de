import type { IncomingMessage, ServerResponse } from 'node:http';
import { serialize, type SerializeOptions } from 'cookie';
import proxyAddress from 'proxy-addr';

/**
 * What a request's services may know of its HTTP exchange and do to it: who asks, from where,
 * and which cookies to set back. The same for the GraphQL endpoint (Node's own HTTP layer) and the
 * Express routes (uploads, downloads), so sessions are started and ended one way.
 */
export type HttpExchange = {
  /** The client's address: the proxy's word for it only with `TELKA_TRUST_PROXY`. */
  readonly clientAddress: string;
  readonly userAgent: string | undefined;
  readonly secureCookies: boolean;
  setCookie(name: string, value: string, options: SerializeOptions): void;
};

/** The HTTP settings an exchange needs: whether to believe the proxy and to mark cookies secure. */
export type ExchangeSettings = { trustProxy: boolean; secureCookies: boolean };

// As Express's `trust proxy` of 1: the peer is the proxy, and the last X-Forwarded-For entry the client.
const trustThePeer = (_address: string, hop: number) => hop < 1;
const trustNobody = () => false;

/** The client's address as counted for limits and kept with sessions. */
export function clientAddress(request: IncomingMessage, trustProxy: boolean): string {
  if (!request.socket.remoteAddress) return 'unknown';
  return proxyAddress(request, trustProxy ? trustThePeer : trustNobody);
}

export function httpExchange(
  request: IncomingMessage,
  response: ServerResponse,
  settings: ExchangeSettings,
): HttpExchange {
  return {
    // Worked out only when asked (signing in, throttling): most requests never need it.
    get clientAddress() {
      return clientAddress(request, settings.trustProxy);
    },
    userAgent: request.headers['user-agent'],
    secureCookies: settings.secureCookies,
    setCookie(name, value, options) {
      response.appendHeader('set-cookie', serialize(name, value, options));
    },
  };
}
