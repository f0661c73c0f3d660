/**
 * The package's face: what an integrator imports as `tr069-agent`. The generated model types
 * come from `tr069-agent/models/<output>` (e.g. `tr069-agent/models/device-2`). Anything not
 * exported here is internal and may change between releases.
 */

// Making and running an agent.
export {
  createAgent,
  type CreateAgentOptions,
  type MissingModelTypes,
  type ProfileFile,
  type ProfileFor,
} from './agent/create-agent.ts';
export { DeadBindingError } from './agent/binding-audit.ts';
export type { Agent } from './agent/agent.ts';
export type { AgentObserver, SessionReport } from './agent/agent-options.ts';

// The data model, typed by a generated model's maps.
export {
  TypedTree,
  type Mount,
  type Overlay,
  type ReadOnlyParameter,
  type RowChange,
  type RowValues,
  type TablePathOf,
  type TypedParameterHandler,
  type TypedTableHandler,
  type TypedTreeOptions,
  type ValueMap,
  type WritableRowName,
} from './datamodel/typed.ts';
export type { BindingLog } from './datamodel/checked-handlers.ts';
export type { RowGetters } from './datamodel/typed-table.ts';
export type { HandlerContext, ParameterHandler, TableHandler } from './datamodel/handlers.ts';
export type { ChangeOrigin } from './datamodel/change-tracker.ts';
export type { DataModel } from './datamodel/tree.ts';
export { DataModelFault, FAULT, type FaultCode, type ParameterFault } from './datamodel/faults.ts';
export type { ScalarValue, Value } from './schema/values.ts';

// The abstraction layer beyond parameters: file transfers and TR-143 diagnostics.
export type { DeviceTransfers, DeviceTransfersContext, DownloadedFile, UploadContent } from './device/transfers.ts';
export { simulatedTransfers } from './device/simulated/simulated-transfers.ts';
export { TransferError, type TransferFaultCode } from './transfer/transfer-error.ts';
export { defaultDiagnosticRunners, type DiagnosticRunners } from './device/diagnostics.ts';
export type { ThroughputInput, ThroughputResult, UploadInput } from './diagnostics/http-throughput.ts';
export type { NsLookupInput, NsLookupResult } from './diagnostics/nslookup.ts';
export type { PingInput, PingResult } from './diagnostics/ping.ts';
export type { ServerSelectionInput, ServerSelectionResult } from './diagnostics/server-selection.ts';
export type { TraceRouteInput, TraceRouteResult } from './diagnostics/traceroute.ts';
export type { UdpEchoInput, UdpEchoResult } from './diagnostics/udp-echo.ts';

// Logging.
export { createLogger, silentLogger, type Logger, type LoggerOptions, type LogLevel } from './log/logger.ts';

// The firmware image format the simulated device verifies (`tr069-agent make-image`).
export { buildImage, type ImageHeader } from './transfer/firmware-image.ts';
