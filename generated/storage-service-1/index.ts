// GENERATED FILE - DO NOT EDIT. Written by `npm run codegen` (codegen/) from Broadband Forum
// data-model XML; change the schemas or the generator and regenerate instead.
// Model StorageService:1.3 (service) from tr-140-1-3-1-cwmp.xml
// Sources (sha256):
//   223ae27de49ce6d04c9641ecbc6ac5f38bfdaf3d4bf60206b140af8fcd39fc52  tr-069-biblio.xml
//   5df405c7a3ef3a23ed4eb860fa178cdd690a9ffb25ced5444798a27f8b39ba4e  tr-106-types.xml
//   478f3fd928b7f0fd2ddb02858969fb6da3f38dcc8ff720ec7b614396c4e5a821  tr-140-1-3-1-common.xml
//   169b891e3bd59fb01201fa6b0aa691561cc6378e893bf4fa1d21511c596ba378  tr-140-1-3-1-cwmp.xml

import type { ModelMeta } from '../../src/schema/descriptor.ts';
import { items, profiles } from './meta.ts';
import { syntaxes, validators } from './syntaxes.ts';

export const model: ModelMeta = {
  name: 'StorageService:1.3',
  isService: true,
  items,
  syntaxes,
  profiles,
};

export { validators };
export type { Values, ParameterPath, WritablePath, ObjectPath, TablePath } from './paths.ts';
export type * from './types.ts';
