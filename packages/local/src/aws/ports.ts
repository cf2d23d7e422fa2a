import { createServer } from 'node:net';

/** The error text both emulators use when their port is taken, so the start command can show it as is. */
export function portInUseMessage(port: number, what: string): string {
  return `port ${port} is already in use (wanted by ${what}); stop the process holding it or choose another port`;
}

/**
 * Binds a throwaway server to `port` to learn whether it is free. Port 0 asks the OS for a free port.
 * Binds the wildcard address because DynamoDB Local and fauxqs both listen on all interfaces.
 *
 * @returns the bound port (the OS's choice for 0), or `undefined` when the port is taken.
 */
export function probePort(port: number): Promise<number | undefined> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') resolve(undefined);
      else reject(error);
    });
    server.listen({ port, exclusive: true }, () => {
      const address = server.address();
      const bound = typeof address === 'object' && address !== null ? address.port : port;
      server.close(() => resolve(bound));
    });
  });
}
