/**
 * Idle keep-alive connections between the platform's processes: the client must give up an idle
 * socket before the server closes it, or a request written as the server's close is in flight is
 * reset (ECONNRESET). So the server waits longer than any client keeps an idle socket, and the
 * time allowed for a request's headers exceeds the keep-alive wait (otherwise a kept socket could
 * be cut by the headers timer instead).
 */

/** How long a server keeps an idle connection open (Node adds a second of its own before closing). */
export const SERVER_KEEP_ALIVE_MS = 65_000;

/** How long a server waits for a request's headers; above SERVER_KEEP_ALIVE_MS. */
export const SERVER_HEADERS_TIMEOUT_MS = SERVER_KEEP_ALIVE_MS + 1_000;

/** How long the gateway keeps an idle socket to a subgraph; well below SERVER_KEEP_ALIVE_MS. */
export const CLIENT_IDLE_SOCKET_MS = 30_000;
