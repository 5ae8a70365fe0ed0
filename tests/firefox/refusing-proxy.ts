/**
 * The safety net under the replica's intercept: Firefox's proxy for every connection is this
 * local socket, which answers nothing and closes each connection at once. It writes down what
 * each connection asked for ("CONNECT host:443", "GET http://…"), so a test can see that
 * nothing tried to leave the machine.
 */
import { createServer, type AddressInfo } from 'node:net';

export interface RefusingProxy {
  port: number;
  /** The first line of every connection Firefox made to the proxy. */
  attempts(): string[];
  close(): Promise<void>;
}

export async function startRefusingProxy(): Promise<RefusingProxy> {
  const attempts: string[] = [];
  const server = createServer((socket) => {
    socket.once('data', (chunk) => {
      attempts.push(chunk.toString('latin1').split('\r\n')[0]);
      socket.destroy();
    });
    socket.on('error', () => undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    attempts: () => [...attempts],
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
