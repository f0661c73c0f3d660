/**
 * The most recent log lines, kept in memory for the Upload of "2 Vendor Log File" (TR-069
 * A.4.1.5): the agent's own log is what an operator wants from a box that misbehaves. Lines are
 * already redacted by the logger before they arrive here.
 */
export class LogTail {
  private lines: string[] = [];
  private bytes = 0;

  constructor(private readonly maxBytes = 256 * 1024) {}

  push(line: string): void {
    this.lines.push(line);
    this.bytes += line.length + 1;
    while (this.bytes > this.maxBytes && this.lines.length > 1) this.bytes -= this.lines.shift()!.length + 1;
  }

  text(): string {
    return this.lines.length > 0 ? `${this.lines.join('\n')}\n` : '';
  }
}
