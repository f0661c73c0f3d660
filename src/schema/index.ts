/** The runtime schema layer: descriptor shapes, value conversions and the validator engine. */
export type * from './descriptor.ts';
export {
  type DescriptorValue,
  type Lexical,
  type ListValueOf,
  type PrimitiveValues,
  type ScalarValue,
  type Value,
  type ValueOf,
  INTEGER_BOUNDS,
  WireValueError,
  base64ByteLength,
  checkScalar,
  codePointLength,
  isDateTime,
  nullValue,
  parseScalar,
  parseWire,
  scalarToWire,
  splitList,
  toWire,
} from './values.ts';
export {
  type Facet,
  type ValidationFailure,
  type ValidationResult,
  type Validator,
  compileValidator,
} from './validator.ts';
export { readModelFile } from './model-file.ts';
