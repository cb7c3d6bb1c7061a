// How a client starts the server process. The VS Code client, the protocol tests and the benchmark
// all start it this way, so the cold start the benchmark reports is the one users get.

/**
 * Variables the server process gets on top of the editor's environment.
 *
 * `NODE_EXTRA_CA_CERTS` is emptied for speed. Node reads it as the process starts, before any
 * script runs: it then sets up OpenSSL and parses every certificate in the named file. With the
 * Debian system bundle (about 150 certificates) that took 70 to 95 ms per start on the benchmark's
 * 2-core machine, where all of a bare `node -e ""` takes 35 to 45 ms. The server never opens a network
 * connection (nothing leaves the machine), so it has no use for those certificates. Node treats an
 * empty value as unset.
 */
export const SERVER_ENVIRONMENT: Readonly<Record<string, string>> = { NODE_EXTRA_CA_CERTS: '' };

/** The environment of a server process started from a process whose environment is `base`. */
export function serverEnvironment(base: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  return { ...base, ...SERVER_ENVIRONMENT };
}
