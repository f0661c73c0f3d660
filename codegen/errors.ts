/** A codegen failure that the CLI prints as one line and exits non-zero on. */
export class CodegenError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CodegenError';
  }
}
