import { createClient, type Sink, type SubscribePayload } from 'graphql-ws';

/**
 * The live socket: graphql-ws on `/graphql` (same origin, so the session cookie rides along).
 * Loaded, with the library, only when a page first subscribes (`urql.ts`).
 */
export function createLiveSocket() {
  const wsClient = createClient({
    url: `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}/graphql`,
    lazy: true,
  });
  let connected = false;
  wsClient.on('connected', () => (connected = true));
  wsClient.on('closed', () => (connected = false));

  return {
    /**
     * Subscribes; `onSubscribed` is called each time the subscription starts on a connected
     * socket, the first time and after every reconnect. Nothing published before then reaches
     * the subscription, so its page reads again what it may have missed. Returns the unsubscribe.
     */
    subscribe(payload: SubscribePayload, sink: Sink, onSubscribed?: () => void): () => void {
      // graphql-ws sends the subscription just after it announces the connection: reading again
      // a task later lets it go first, so the read cannot fall before the subscription starts.
      const started = () => setTimeout(() => onSubscribed?.(), 0);
      const stopListening = wsClient.on('connected', started);
      const unsubscribe = wsClient.subscribe(payload, sink);
      if (connected) started();
      return () => {
        stopListening();
        unsubscribe();
      };
    },
  };
}

export type LiveSocket = ReturnType<typeof createLiveSocket>;
