// GENERATED FILE - DO NOT EDIT. Written by `npm run codegen` (codegen/) from Broadband Forum
// data-model XML; change the schemas or the generator and regenerate instead.
// Model StorageService:1.3 (service) from tr-140-1-3-1-cwmp.xml.
// Sources, each with its sha256: generated/sources.txt.

import type { ModelMeta } from '../../src/schema/descriptor.ts';
import { compileValidator, readModelFile, type Validator } from '../../src/schema/index.ts';

/** StorageService:1.3; its items, syntaxes and BBF profiles are read from './storage-service-1.json'. */
export const model: ModelMeta = readModelFile(new URL('./storage-service-1.json', import.meta.url), 'StorageService:1.3');

/** One validator per distinct syntax, compiled once when the model is loaded. */
export const validators: readonly Validator[] = model.syntaxes.map(compileValidator);

export type { Values, ParameterPath, WritablePath, ObjectPath, TablePath } from './paths.ts';
