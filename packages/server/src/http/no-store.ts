import type { ApolloServerPlugin } from '@apollo/server';

/**
 * Every API answer says `Cache-Control: no-store`: answers depend on who is signed in, so no browser
 * or proxy may keep them. Apollo's cache-control plugin used to say it, at the price of a hook on
 * every resolved field to compute cache hints Telka never sets; it is off (app.ts), and this one
 * header is all we kept of it.
 */
export const noStorePlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        response.http.headers.set('cache-control', 'no-store');
      },
    };
  },
};
