import { isIPv4, isIPv6 } from 'node:net';

/**
 * The address a request's budget is kept under. With `trustedProxies` reverse proxies in front,
 * the client is the entry that many places from the right of X-Forwarded-For (each proxy appends
 * the address it saw; entries further left are whatever the client wrote, so never trusted).
 * Without proxies, or when the header is short, it is the socket's peer address.
 */
export function clientAddress(socketAddress: string | undefined, forwardedFor: string | string[] | undefined, trustedProxies: number): string {
  if (trustedProxies > 0 && forwardedFor !== undefined) {
    const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : forwardedFor).split(',').map((entry) => entry.trim()).filter(Boolean);
    const client = hops[hops.length - trustedProxies];
    if (client && (isIPv4(client) || isIPv6(client))) return addressKey(client);
  }
  return addressKey(socketAddress ?? 'unknown');
}

/**
 * One key per IPv4 address and per IPv6 /64 (one host's or one site's usual allocation: a client
 * holding a /64 could otherwise take a fresh budget for every address in it). IPv4-mapped IPv6
 * addresses count as the IPv4 address.
 */
export function addressKey(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped?.[1]) return mapped[1];
  if (!isIPv6(address)) return address;
  return `${expandIPv6(address).slice(0, 4).join(':')}::/64`;
}

function expandIPv6(address: string): string[] {
  const [head = '', tail] = address.split('%')[0]!.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = [...left, ...Array<string>(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right];
  return groups.map((group) => (group.includes('.') ? group : Number.parseInt(group || '0', 16).toString(16)));
}
