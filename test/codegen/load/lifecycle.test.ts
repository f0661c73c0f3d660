import { describe, expect, it } from 'vitest';
import { lifecycleElement, lifecycleOf, readLifecycle } from '../../../codegen/load/lifecycle.ts';
import { parseXml } from '../../../codegen/load/xml-node.ts';

describe('lifecycle facts of a description', () => {
  it('reads the versions of the deprecated, obsoleted and deleted macros', () => {
    expect(
      lifecycleOf(
        'First NTP server.\n{{deprecated|2.16|due to the introduction of {{object|Client}}}}\n{{obsoleted|2.18}}\n{{deleted|2.19}}',
      ),
    ).toEqual({
      deprecated: '2.16',
      obsoleted: '2.18',
      deleted: '2.19',
      replacedBy: { kind: 'object', ref: 'Client' },
    });
  });

  it('names a replacement only where the reason says one item gives way to another', () => {
    expect(lifecycleOf('{{deprecated|2.14|due to a typo. Use {{param|CenterFrequencySegment0}} instead}}')).toEqual({
      deprecated: '2.14',
      replacedBy: { kind: 'param', ref: 'CenterFrequencySegment0' },
    });
    expect(lifecycleOf('{{deprecated|2.18|in favor of {{object|.Schedules.}}}}')?.replacedBy).toEqual({
      kind: 'object',
      ref: '.Schedules.',
    });
    // A reference that is only the reason is not a replacement.
    expect(lifecycleOf('{{deprecated|2.14|because the {{param|EnableEncryption}} parameter will dictate it}}')).toEqual(
      {
        deprecated: '2.14',
      },
    );
    expect(lifecycleOf('A plain {{param|X}} description.')).toBeUndefined();
  });

  it('stands in for the description as an element of attributes only, keeping line numbers', () => {
    const facts = lifecycleOf('{{deprecated|2.16|due to the introduction of {{object|Client}}}}')!;
    expect(readLifecycle(parseXml(lifecycleElement(facts), 'x').attrs)).toEqual(facts);
    // The description's lines are kept: an error after it still names its own line.
    expect(() =>
      parseXml(
        '<parameter name="NTPServer1">\n<description>\nFirst NTP server.\n{{deprecated|2.16|due to the introduction of {{object|Client}}}}\n</description>\n<syntax><bad></syntax>\n</parameter>',
        'f.xml',
      ),
    ).toThrow(/^f\.xml:6: malformed XML/);
  });
});
