import { createHmac } from 'node:crypto';
import stun from 'stun';

/**
 * STUN Binding Requests as TR-111 part 2 wants them. The `stun` package builds the header and
 * standard attributes, but it reads 0xC001 as an ICE attribute and rejects 0xC002, so the two
 * TR-111 attributes (and MESSAGE-INTEGRITY, which must cover them) are appended here.
 */
export const CONNECTION_REQUEST_BINDING = 0xc001;
export const BINDING_CHANGE = 0xc002;
// TR-111 2.2.1: the value is this fixed 20-byte string, trailing space included.
const CRB_VALUE = Buffer.from('dslforum.org/TR-111 ', 'ascii');

function tlv(type: number, value: Buffer): Buffer {
  const pad = (4 - (value.length % 4)) % 4;
  const b = Buffer.alloc(4 + value.length + pad);
  b.writeUInt16BE(type, 0);
  b.writeUInt16BE(value.length, 2);
  value.copy(b, 4);
  return b;
}

export interface BindingRequestOptions {
  bindingChange: boolean;
  username?: string | undefined;
  password?: string | undefined;
}

/** A Binding Request with CONNECTION-REQUEST-BINDING (and BINDING-CHANGE, USERNAME, MESSAGE-INTEGRITY as needed). */
export function bindingRequest(opts: BindingRequestOptions): { bytes: Buffer; transactionId: Buffer } {
  const msg = stun.createMessage(stun.constants.STUN_BINDING_REQUEST);
  if (opts.username) msg.addAttribute(stun.constants.STUN_ATTR_USERNAME, opts.username);
  const head = stun.encode(msg);
  const parts = [head, tlv(CONNECTION_REQUEST_BINDING, CRB_VALUE)];
  if (opts.bindingChange) parts.push(tlv(BINDING_CHANGE, Buffer.alloc(0)));
  let bytes = Buffer.concat(parts);
  bytes.writeUInt16BE(bytes.length - 20, 2);
  if (opts.username && opts.password !== undefined) {
    // RFC 5389 15.4: HMAC-SHA1 over the message up to MESSAGE-INTEGRITY, with the length field
    // already counting the 24-byte MESSAGE-INTEGRITY attribute.
    bytes.writeUInt16BE(bytes.length - 20 + 24, 2);
    const mac = createHmac('sha1', opts.password).update(bytes).digest();
    bytes = Buffer.concat([bytes, tlv(0x0008, mac)]);
  }
  return { bytes, transactionId: Buffer.from(bytes.subarray(8, 20)) };
}

/** The mapped address of a Binding Success Response, or undefined if `datagram` is not one. */
export function mappedAddress(datagram: Buffer, transactionId: Buffer): { address: string; port: number } | undefined {
  if (datagram.length < 20 || datagram.readUInt16BE(0) !== 0x0101 || !datagram.subarray(8, 20).equals(transactionId))
    return undefined;
  try {
    const res = stun.decode(datagram);
    const attr = res.getXorAddress?.() ?? res.getAddress?.();
    if (attr && typeof attr.address === 'string' && typeof attr.port === 'number')
      return { address: attr.address, port: attr.port };
  } catch {
    return undefined;
  }
  return undefined;
}

/** Parses the attributes of a raw STUN message (type → value), for checks on the wire. */
export function rawAttributes(bytes: Buffer): Map<number, Buffer> {
  const out = new Map<number, Buffer>();
  let off = 20;
  while (off + 4 <= bytes.length) {
    const type = bytes.readUInt16BE(off);
    const len = bytes.readUInt16BE(off + 2);
    out.set(type, Buffer.from(bytes.subarray(off + 4, off + 4 + len)));
    off += 4 + len + ((4 - (len % 4)) % 4);
  }
  return out;
}
