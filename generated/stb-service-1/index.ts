// GENERATED FILE - DO NOT EDIT. Written by `npm run codegen` (codegen/) from Broadband Forum
// data-model XML; change the schemas or the generator and regenerate instead.
// Model STBService:1.4 (service) from tr-135-1-4-1-cwmp.xml
// Sources (sha256):
//   223ae27de49ce6d04c9641ecbc6ac5f38bfdaf3d4bf60206b140af8fcd39fc52  tr-069-biblio.xml
//   5df405c7a3ef3a23ed4eb860fa178cdd690a9ffb25ced5444798a27f8b39ba4e  tr-106-types.xml
//   075c03bdb4bc1de09a9b7c5d620411c923b7cb4929fe3876fa5d9b400bfffa60  tr-135-1-4-1-common.xml
//   8be25d8a7d619a80be6ad6f5ffa0ca732bd1ac324a3c981551dea1d9e36198b5  tr-135-1-4-1-cwmp.xml

import type { ModelMeta } from '../../src/schema/descriptor.ts';
import { items, profiles } from './meta.ts';
import { syntaxes, validators } from './syntaxes.ts';

export const model: ModelMeta = {
  name: 'STBService:1.4',
  isService: true,
  items,
  syntaxes,
  profiles,
};

export { validators };
export type { Values, ParameterPath, WritablePath, ObjectPath, TablePath } from './paths.ts';
export type * from './types.ts';
