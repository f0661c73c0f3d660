// GENERATED FILE - DO NOT EDIT. Written by `npm run codegen` (codegen/) from Broadband Forum
// data-model XML; change the schemas or the generator and regenerate instead.
// Model InternetGatewayDevice:1.14 from tr-098-1-8-0.xml.
// Sources, each with its sha256: generated/sources.txt.

import type { ModelMeta } from '../../src/schema/descriptor.ts';
import { compileValidator, readModelFile, type Validator } from '../../src/schema/index.ts';

/** InternetGatewayDevice:1.14; its items, syntaxes and BBF profiles are read from './igd-1.json'. */
export const model: ModelMeta = readModelFile(new URL('./igd-1.json', import.meta.url), 'InternetGatewayDevice:1.14');

/** One validator per distinct syntax, compiled once when the model is loaded. */
export const validators: readonly Validator[] = model.syntaxes.map(compileValidator);

export type { Values, ParameterPath, WritablePath, ObjectPath, TablePath } from './paths.ts';
