// GENERATED FILE - DO NOT EDIT. Written by `npm run codegen` (codegen/) from Broadband Forum
// data-model XML; change the schemas or the generator and regenerate instead.
// Model VoiceService:2.0 (service) from tr-104-2-0-2-cwmp.xml.
// Sources, each with its sha256: generated/sources.txt.

import type { ModelMeta } from '../../src/schema/descriptor.ts';
import { compileValidator, readModelFile, type Validator } from '../../src/schema/index.ts';

/** VoiceService:2.0; its items, syntaxes and BBF profiles are read from './voice-service-2.json'. */
export const model: ModelMeta = readModelFile(new URL('./voice-service-2.json', import.meta.url), 'VoiceService:2.0');

/** One validator per distinct syntax, compiled once when the model is loaded. */
export const validators: readonly Validator[] = model.syntaxes.map(compileValidator);

export type { Values, ParameterPath, WritablePath, ObjectPath, TablePath } from './paths.ts';
