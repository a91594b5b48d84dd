/**
 * Unit and route tests never reach the network: a connection to anything but this machine fails
 * the test. Tests that need a peer (PostgreSQL, SMTP) start it on loopback themselves.
 */
import net from 'node:net';

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|localhost|::ffff:127\.\d+\.\d+\.\d+)$/i;
// eslint-disable-next-line @typescript-eslint/unbound-method -- re-applied with the socket as `this`
const original = net.Socket.prototype.connect;

function hostOf(args: unknown[]): string | undefined {
  const first = args[0];
  if (Array.isArray(first)) return hostOf(first as unknown[]);
  if (typeof first === 'object' && first !== null) {
    const o = first as { host?: string; path?: string };
    if (o.path !== undefined) return undefined; // unix socket
    return o.host ?? 'localhost';
  }
  if (typeof first === 'number') return typeof args[1] === 'string' ? args[1] : 'localhost';
  return undefined; // unix socket path
}

net.Socket.prototype.connect = function connect(this: net.Socket, ...args: unknown[]) {
  const host = hostOf(args);
  if (host !== undefined && !LOOPBACK.test(host)) {
    throw new Error(`outbound network access to ${host} is not allowed in tests`);
  }
  return Reflect.apply(original, this, args) as net.Socket;
};
