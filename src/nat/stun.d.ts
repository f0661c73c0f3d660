// The part of the `stun` package (v2, plain JavaScript) that src/nat uses.
declare module 'stun' {
  interface StunMessage {
    addAttribute(type: number, value: string | Buffer): unknown;
  }
  interface StunAddress {
    readonly address: string;
    readonly port: number;
  }
  interface StunResponse {
    getXorAddress?(): StunAddress | undefined;
    getAddress?(): StunAddress | undefined;
  }
  const stun: {
    constants: { STUN_BINDING_REQUEST: number; STUN_ATTR_USERNAME: number };
    createMessage(type: number, transaction?: Buffer): StunMessage;
    encode(message: StunMessage): Buffer;
    decode(bytes: Buffer): StunResponse;
  };
  export default stun;
}
