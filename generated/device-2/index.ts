// GENERATED FILE - DO NOT EDIT. Written by `npm run codegen` (codegen/) from Broadband Forum
// data-model XML; change the schemas or the generator and regenerate instead.
// Model Device:2.19 from tr-181-2-19-1-cwmp.xml.
// Sources, each with its sha256: generated/sources.txt.

import type { ModelMeta } from '../../src/schema/descriptor.ts';
import { compileValidator, readModelFile, type Validator } from '../../src/schema/index.ts';

/** Device:2.19; its items, syntaxes and BBF profiles are read from './device-2.json'. */
export const model: ModelMeta = readModelFile(new URL('./device-2.json', import.meta.url), 'Device:2.19');

/** One validator per distinct syntax, compiled once when the model is loaded. */
export const validators: readonly Validator[] = model.syntaxes.map(compileValidator);

export type { Values, ParameterPath, WritablePath, ObjectPath, TablePath } from './paths.ts';
