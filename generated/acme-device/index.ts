// GENERATED FILE - DO NOT EDIT. Written by `npm run codegen` (codegen/) from Broadband Forum
// data-model XML; change the schemas or the generator and regenerate instead.
// Model X_00D09E_Device:2.19 from vendor/acme-stb-1-0-0.xml, overlay of generated/device-2/.
// Sources, each with its sha256: generated/sources.txt.

import type { ModelMeta } from '../../src/schema/descriptor.ts';
import { compileValidator, readModelFile, type Validator } from '../../src/schema/index.ts';

/** X_00D09E_Device:2.19: what this overlay adds to or changes in generated/device-2/; its items, syntaxes and BBF profiles are read from './acme-device.json'. */
export const model: ModelMeta = readModelFile(new URL('./acme-device.json', import.meta.url), 'X_00D09E_Device:2.19');

/** One validator per distinct syntax, compiled once when the model is loaded. */
export const validators: readonly Validator[] = model.syntaxes.map(compileValidator);

/** This output only adds to or changes the items of generated/device-2/. */
export const overlayOf = 'device-2';

export type { Values, ParameterPath, WritablePath, ObjectPath, TablePath } from './paths.ts';
