// GENERATED FILE - DO NOT EDIT. Written by `npm run codegen` (codegen/) from Broadband Forum
// data-model XML; change the schemas or the generator and regenerate instead.
// Registry of every generated model output.
// Sources, each with its sha256: generated/sources.txt.

import type { ModelMeta } from '../src/schema/descriptor.ts';
import type { Validator } from '../src/schema/index.ts';

export interface GeneratedModule {
  readonly model: ModelMeta;
  readonly validators: readonly Validator[];
  readonly overlayOf?: string;
}

/** Every generated output, by directory name, loaded on demand. */
export const outputs = {
  "acme-device": { model: "X_00D09E_Device:2.19", load: (): Promise<GeneratedModule> => import("./acme-device/index.ts") },
  "acme-stb": { model: "X_00D09E_STBService:1.4", load: (): Promise<GeneratedModule> => import("./acme-stb/index.ts") },
  "device-2": { model: "Device:2.19", load: (): Promise<GeneratedModule> => import("./device-2/index.ts") },
  "igd-1": { model: "InternetGatewayDevice:1.14", load: (): Promise<GeneratedModule> => import("./igd-1/index.ts") },
  "stb-service-1": { model: "STBService:1.4", load: (): Promise<GeneratedModule> => import("./stb-service-1/index.ts") },
  "storage-service-1": { model: "StorageService:1.3", load: (): Promise<GeneratedModule> => import("./storage-service-1/index.ts") },
  "voice-service-2": { model: "VoiceService:2.0", load: (): Promise<GeneratedModule> => import("./voice-service-2/index.ts") },
} as const;

export type OutputName = keyof typeof outputs;
