// GENERATED FILE - DO NOT EDIT. Written by `npm run codegen` (codegen/) from Broadband Forum
// data-model XML; change the schemas or the generator and regenerate instead.
// Model VoiceService:2.0 (service) from tr-104-2-0-2-cwmp.xml
// Sources (sha256):
//   223ae27de49ce6d04c9641ecbc6ac5f38bfdaf3d4bf60206b140af8fcd39fc52  tr-069-biblio.xml
//   5cff6d8e43d86af276f1bc8e4cd1fe859dc1c73a714047e4c28e922c9523e7dd  tr-104-2-0-2-cwmp.xml
//   8bff001b0c8f156fab009085e1a4832b95bbada82de8d5defeea4e3fd4aaa789  tr-104-2-0-3-common.xml
//   5df405c7a3ef3a23ed4eb860fa178cdd690a9ffb25ced5444798a27f8b39ba4e  tr-106-types.xml

import type { ModelMeta } from '../../src/schema/descriptor.ts';
import { items, profiles } from './meta.ts';
import { syntaxes, validators } from './syntaxes.ts';

export const model: ModelMeta = {
  name: 'VoiceService:2.0',
  isService: true,
  items,
  syntaxes,
  profiles,
};

export { validators };
export type { Values, ParameterPath, WritablePath, ObjectPath, TablePath } from './paths.ts';
export type * from './types.ts';
