// GENERATED FILE - DO NOT EDIT. Written by `npm run codegen` (codegen/) from Broadband Forum
// data-model XML; change the schemas or the generator and regenerate instead.
// Model X_00D09E_STBService:1.4 (service) from vendor/acme-stb-1-0-0.xml, overlay of generated/stb-service-1/.
// Sources, each with its sha256: generated/sources.txt.

import type { ModelMeta } from '../../src/schema/descriptor.ts';
import { compileValidator, readModelFile, type Validator } from '../../src/schema/index.ts';

/** X_00D09E_STBService:1.4: what this overlay adds to or changes in generated/stb-service-1/; its items, syntaxes and BBF profiles are read from './acme-stb.json'. */
export const model: ModelMeta = readModelFile(new URL('./acme-stb.json', import.meta.url), 'X_00D09E_STBService:1.4');

/** One validator per distinct syntax, compiled once when the model is loaded. */
export const validators: readonly Validator[] = model.syntaxes.map(compileValidator);

/** This output only adds to or changes the items of generated/stb-service-1/. */
export const overlayOf = 'stb-service-1';

export type { Values, ParameterPath, WritablePath, ObjectPath, TablePath } from './paths.ts';
